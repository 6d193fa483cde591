using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Web3;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts.ContractHandlers;
using Nethereum.Contracts;
using System.Threading;
using EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition;

namespace EmissionsDao.Chain.Contracts.Generated.AuditorReputation
{
    public partial class AuditorReputationService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, AuditorReputationDeployment auditorReputationDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<AuditorReputationDeployment>().SendRequestAndWaitForReceiptAsync(auditorReputationDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, AuditorReputationDeployment auditorReputationDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<AuditorReputationDeployment>().SendRequestAsync(auditorReputationDeployment);
        }

        public static async Task<AuditorReputationService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, AuditorReputationDeployment auditorReputationDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, auditorReputationDeployment, cancellationTokenSource);
            return new AuditorReputationService(web3, receipt.ContractAddress);
        }

        public AuditorReputationService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<BigInteger> MaxEpochsQueryAsync(MaxEpochsFunction maxEpochsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxEpochsFunction, BigInteger>(maxEpochsFunction, blockParameter);
        }


        public Task<BigInteger> MaxEpochsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxEpochsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxReputationQueryAsync(MaxReputationFunction maxReputationFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxReputationFunction, BigInteger>(maxReputationFunction, blockParameter);
        }


        public Task<BigInteger> MaxReputationQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxReputationFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> AdjustRequestAsync(AdjustFunction adjustFunction)
        {
             return ContractHandler.SendRequestAsync(adjustFunction);
        }

        public Task<TransactionReceipt> AdjustRequestAndWaitForReceiptAsync(AdjustFunction adjustFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(adjustFunction, cancellationToken);
        }

        public Task<string> AdjustRequestAsync(List<string> accounts, List<BigInteger> deltas)
        {
            var adjustFunction = new AdjustFunction();
                adjustFunction.Accounts = accounts;
                adjustFunction.Deltas = deltas;

             return ContractHandler.SendRequestAsync(adjustFunction);
        }

        public Task<TransactionReceipt> AdjustRequestAndWaitForReceiptAsync(List<string> accounts, List<BigInteger> deltas, CancellationTokenSource cancellationToken = null)
        {
            var adjustFunction = new AdjustFunction();
                adjustFunction.Accounts = accounts;
                adjustFunction.Deltas = deltas;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(adjustFunction, cancellationToken);
        }

        public Task<BigInteger> AllowanceQueryAsync(AllowanceFunction allowanceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AllowanceFunction, BigInteger>(allowanceFunction, blockParameter);
        }


        public Task<BigInteger> AllowanceQueryAsync(string owner, string spender, BlockParameter blockParameter = null)
        {
            var allowanceFunction = new AllowanceFunction();
                allowanceFunction.Owner = owner;
                allowanceFunction.Spender = spender;

            return ContractHandler.QueryAsync<AllowanceFunction, BigInteger>(allowanceFunction, blockParameter);
        }

        public Task<bool> ApproveQueryAsync(ApproveFunction approveFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ApproveFunction, bool>(approveFunction, blockParameter);
        }


        public Task<bool> ApproveQueryAsync(string spender, BigInteger value, BlockParameter blockParameter = null)
        {
            var approveFunction = new ApproveFunction();
                approveFunction.Spender = spender;
                approveFunction.Value = value;

            return ContractHandler.QueryAsync<ApproveFunction, bool>(approveFunction, blockParameter);
        }

        public Task<BigInteger> AuditorSlotsQueryAsync(AuditorSlotsFunction auditorSlotsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AuditorSlotsFunction, BigInteger>(auditorSlotsFunction, blockParameter);
        }


        public Task<BigInteger> AuditorSlotsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AuditorSlotsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> BalanceOfQueryAsync(BalanceOfFunction balanceOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BalanceOfFunction, BigInteger>(balanceOfFunction, blockParameter);
        }


        public Task<BigInteger> BalanceOfQueryAsync(string account, BlockParameter blockParameter = null)
        {
            var balanceOfFunction = new BalanceOfFunction();
                balanceOfFunction.Account = account;

            return ContractHandler.QueryAsync<BalanceOfFunction, BigInteger>(balanceOfFunction, blockParameter);
        }

        public Task<string> BurnRequestAsync(BurnFunction burnFunction)
        {
             return ContractHandler.SendRequestAsync(burnFunction);
        }

        public Task<TransactionReceipt> BurnRequestAndWaitForReceiptAsync(BurnFunction burnFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(burnFunction, cancellationToken);
        }

        public Task<string> BurnRequestAsync(string account, BigInteger amount)
        {
            var burnFunction = new BurnFunction();
                burnFunction.Account = account;
                burnFunction.Amount = amount;

             return ContractHandler.SendRequestAsync(burnFunction);
        }

        public Task<TransactionReceipt> BurnRequestAndWaitForReceiptAsync(string account, BigInteger amount, CancellationTokenSource cancellationToken = null)
        {
            var burnFunction = new BurnFunction();
                burnFunction.Account = account;
                burnFunction.Amount = amount;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(burnFunction, cancellationToken);
        }

        public Task<BigInteger> CurrentEpochQueryAsync(CurrentEpochFunction currentEpochFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CurrentEpochFunction, BigInteger>(currentEpochFunction, blockParameter);
        }


        public Task<BigInteger> CurrentEpochQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CurrentEpochFunction, BigInteger>(null, blockParameter);
        }

        public Task<byte> DecimalsQueryAsync(DecimalsFunction decimalsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsFunction, byte>(decimalsFunction, blockParameter);
        }


        public Task<byte> DecimalsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsFunction, byte>(null, blockParameter);
        }

        public Task<List<string>> DrawPanelQueryAsync(DrawPanelFunction drawPanelFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DrawPanelFunction, List<string>>(drawPanelFunction, blockParameter);
        }


        public Task<List<string>> DrawPanelQueryAsync(byte[] seed, BigInteger size, string excluded, BlockParameter blockParameter = null)
        {
            var drawPanelFunction = new DrawPanelFunction();
                drawPanelFunction.Seed = seed;
                drawPanelFunction.Size = size;
                drawPanelFunction.Excluded = excluded;

            return ContractHandler.QueryAsync<DrawPanelFunction, List<string>>(drawPanelFunction, blockParameter);
        }

        public Task<BigInteger> EpochDurationQueryAsync(EpochDurationFunction epochDurationFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<EpochDurationFunction, BigInteger>(epochDurationFunction, blockParameter);
        }


        public Task<BigInteger> EpochDurationQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<EpochDurationFunction, BigInteger>(null, blockParameter);
        }

        public Task<bool> IsAuditorQueryAsync(IsAuditorFunction isAuditorFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<IsAuditorFunction, bool>(isAuditorFunction, blockParameter);
        }


        public Task<bool> IsAuditorQueryAsync(string account, BlockParameter blockParameter = null)
        {
            var isAuditorFunction = new IsAuditorFunction();
                isAuditorFunction.Account = account;

            return ContractHandler.QueryAsync<IsAuditorFunction, bool>(isAuditorFunction, blockParameter);
        }

        public Task<string> MintRequestAsync(MintFunction mintFunction)
        {
             return ContractHandler.SendRequestAsync(mintFunction);
        }

        public Task<TransactionReceipt> MintRequestAndWaitForReceiptAsync(MintFunction mintFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(mintFunction, cancellationToken);
        }

        public Task<string> MintRequestAsync(string account, BigInteger amount)
        {
            var mintFunction = new MintFunction();
                mintFunction.Account = account;
                mintFunction.Amount = amount;

             return ContractHandler.SendRequestAsync(mintFunction);
        }

        public Task<TransactionReceipt> MintRequestAndWaitForReceiptAsync(string account, BigInteger amount, CancellationTokenSource cancellationToken = null)
        {
            var mintFunction = new MintFunction();
                mintFunction.Account = account;
                mintFunction.Amount = amount;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(mintFunction, cancellationToken);
        }

        public Task<string> NameQueryAsync(NameFunction nameFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NameFunction, string>(nameFunction, blockParameter);
        }


        public Task<string> NameQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NameFunction, string>(null, blockParameter);
        }

        public Task<string> OwnerQueryAsync(OwnerFunction ownerFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<OwnerFunction, string>(ownerFunction, blockParameter);
        }


        public Task<string> OwnerQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<OwnerFunction, string>(null, blockParameter);
        }

        public Task<string> RegistryQueryAsync(RegistryFunction registryFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RegistryFunction, string>(registryFunction, blockParameter);
        }


        public Task<string> RegistryQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RegistryFunction, string>(null, blockParameter);
        }

        public Task<string> RenounceOwnershipRequestAsync(RenounceOwnershipFunction renounceOwnershipFunction)
        {
             return ContractHandler.SendRequestAsync(renounceOwnershipFunction);
        }

        public Task<string> RenounceOwnershipRequestAsync()
        {
             return ContractHandler.SendRequestAsync<RenounceOwnershipFunction>();
        }

        public Task<TransactionReceipt> RenounceOwnershipRequestAndWaitForReceiptAsync(RenounceOwnershipFunction renounceOwnershipFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceOwnershipFunction, cancellationToken);
        }

        public Task<TransactionReceipt> RenounceOwnershipRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<RenounceOwnershipFunction>(null, cancellationToken);
        }

        public Task<List<BigInteger>> ReputationsOfQueryAsync(ReputationsOfFunction reputationsOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ReputationsOfFunction, List<BigInteger>>(reputationsOfFunction, blockParameter);
        }


        public Task<List<BigInteger>> ReputationsOfQueryAsync(List<string> accounts, BlockParameter blockParameter = null)
        {
            var reputationsOfFunction = new ReputationsOfFunction();
                reputationsOfFunction.Accounts = accounts;

            return ContractHandler.QueryAsync<ReputationsOfFunction, List<BigInteger>>(reputationsOfFunction, blockParameter);
        }

        public Task<string> ReviewRequestAsync(ReviewFunction reviewFunction)
        {
             return ContractHandler.SendRequestAsync(reviewFunction);
        }

        public Task<TransactionReceipt> ReviewRequestAndWaitForReceiptAsync(ReviewFunction reviewFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(reviewFunction, cancellationToken);
        }

        public Task<string> ReviewRequestAsync(string account, BigInteger delta)
        {
            var reviewFunction = new ReviewFunction();
                reviewFunction.Account = account;
                reviewFunction.Delta = delta;

             return ContractHandler.SendRequestAsync(reviewFunction);
        }

        public Task<TransactionReceipt> ReviewRequestAndWaitForReceiptAsync(string account, BigInteger delta, CancellationTokenSource cancellationToken = null)
        {
            var reviewFunction = new ReviewFunction();
                reviewFunction.Account = account;
                reviewFunction.Delta = delta;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(reviewFunction, cancellationToken);
        }

        public Task<string> ReviewsQueryAsync(ReviewsFunction reviewsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ReviewsFunction, string>(reviewsFunction, blockParameter);
        }


        public Task<string> ReviewsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ReviewsFunction, string>(null, blockParameter);
        }

        public Task<string> SetAuditorRequestAsync(SetAuditorFunction setAuditorFunction)
        {
             return ContractHandler.SendRequestAsync(setAuditorFunction);
        }

        public Task<TransactionReceipt> SetAuditorRequestAndWaitForReceiptAsync(SetAuditorFunction setAuditorFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setAuditorFunction, cancellationToken);
        }

        public Task<string> SetAuditorRequestAsync(string account, bool auditor)
        {
            var setAuditorFunction = new SetAuditorFunction();
                setAuditorFunction.Account = account;
                setAuditorFunction.Auditor = auditor;

             return ContractHandler.SendRequestAsync(setAuditorFunction);
        }

        public Task<TransactionReceipt> SetAuditorRequestAndWaitForReceiptAsync(string account, bool auditor, CancellationTokenSource cancellationToken = null)
        {
            var setAuditorFunction = new SetAuditorFunction();
                setAuditorFunction.Account = account;
                setAuditorFunction.Auditor = auditor;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(setAuditorFunction, cancellationToken);
        }

        public Task<string> SetRegistryRequestAsync(SetRegistryFunction setRegistryFunction)
        {
             return ContractHandler.SendRequestAsync(setRegistryFunction);
        }

        public Task<TransactionReceipt> SetRegistryRequestAndWaitForReceiptAsync(SetRegistryFunction setRegistryFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setRegistryFunction, cancellationToken);
        }

        public Task<string> SetRegistryRequestAsync(string newRegistry)
        {
            var setRegistryFunction = new SetRegistryFunction();
                setRegistryFunction.NewRegistry = newRegistry;

             return ContractHandler.SendRequestAsync(setRegistryFunction);
        }

        public Task<TransactionReceipt> SetRegistryRequestAndWaitForReceiptAsync(string newRegistry, CancellationTokenSource cancellationToken = null)
        {
            var setRegistryFunction = new SetRegistryFunction();
                setRegistryFunction.NewRegistry = newRegistry;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(setRegistryFunction, cancellationToken);
        }

        public Task<string> SetReviewsRequestAsync(SetReviewsFunction setReviewsFunction)
        {
             return ContractHandler.SendRequestAsync(setReviewsFunction);
        }

        public Task<TransactionReceipt> SetReviewsRequestAndWaitForReceiptAsync(SetReviewsFunction setReviewsFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setReviewsFunction, cancellationToken);
        }

        public Task<string> SetReviewsRequestAsync(string newReviews)
        {
            var setReviewsFunction = new SetReviewsFunction();
                setReviewsFunction.NewReviews = newReviews;

             return ContractHandler.SendRequestAsync(setReviewsFunction);
        }

        public Task<TransactionReceipt> SetReviewsRequestAndWaitForReceiptAsync(string newReviews, CancellationTokenSource cancellationToken = null)
        {
            var setReviewsFunction = new SetReviewsFunction();
                setReviewsFunction.NewReviews = newReviews;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(setReviewsFunction, cancellationToken);
        }

        public Task<string> SymbolQueryAsync(SymbolFunction symbolFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SymbolFunction, string>(symbolFunction, blockParameter);
        }


        public Task<string> SymbolQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SymbolFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> TotalSupplyQueryAsync(TotalSupplyFunction totalSupplyFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalSupplyFunction, BigInteger>(totalSupplyFunction, blockParameter);
        }


        public Task<BigInteger> TotalSupplyQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalSupplyFunction, BigInteger>(null, blockParameter);
        }

        public Task<bool> TransferQueryAsync(TransferFunction transferFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TransferFunction, bool>(transferFunction, blockParameter);
        }


        public Task<bool> TransferQueryAsync(string to, BigInteger value, BlockParameter blockParameter = null)
        {
            var transferFunction = new TransferFunction();
                transferFunction.To = to;
                transferFunction.Value = value;

            return ContractHandler.QueryAsync<TransferFunction, bool>(transferFunction, blockParameter);
        }

        public Task<bool> TransferFromQueryAsync(TransferFromFunction transferFromFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TransferFromFunction, bool>(transferFromFunction, blockParameter);
        }


        public Task<bool> TransferFromQueryAsync(string from, string to, BigInteger value, BlockParameter blockParameter = null)
        {
            var transferFromFunction = new TransferFromFunction();
                transferFromFunction.From = from;
                transferFromFunction.To = to;
                transferFromFunction.Value = value;

            return ContractHandler.QueryAsync<TransferFromFunction, bool>(transferFromFunction, blockParameter);
        }

        public Task<string> TransferOwnershipRequestAsync(TransferOwnershipFunction transferOwnershipFunction)
        {
             return ContractHandler.SendRequestAsync(transferOwnershipFunction);
        }

        public Task<TransactionReceipt> TransferOwnershipRequestAndWaitForReceiptAsync(TransferOwnershipFunction transferOwnershipFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferOwnershipFunction, cancellationToken);
        }

        public Task<string> TransferOwnershipRequestAsync(string newOwner)
        {
            var transferOwnershipFunction = new TransferOwnershipFunction();
                transferOwnershipFunction.NewOwner = newOwner;

             return ContractHandler.SendRequestAsync(transferOwnershipFunction);
        }

        public Task<TransactionReceipt> TransferOwnershipRequestAndWaitForReceiptAsync(string newOwner, CancellationTokenSource cancellationToken = null)
        {
            var transferOwnershipFunction = new TransferOwnershipFunction();
                transferOwnershipFunction.NewOwner = newOwner;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferOwnershipFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(MaxEpochsFunction),
                typeof(MaxReputationFunction),
                typeof(AdjustFunction),
                typeof(AllowanceFunction),
                typeof(ApproveFunction),
                typeof(AuditorSlotsFunction),
                typeof(BalanceOfFunction),
                typeof(BurnFunction),
                typeof(CurrentEpochFunction),
                typeof(DecimalsFunction),
                typeof(DrawPanelFunction),
                typeof(EpochDurationFunction),
                typeof(IsAuditorFunction),
                typeof(MintFunction),
                typeof(NameFunction),
                typeof(OwnerFunction),
                typeof(RegistryFunction),
                typeof(RenounceOwnershipFunction),
                typeof(ReputationsOfFunction),
                typeof(ReviewFunction),
                typeof(ReviewsFunction),
                typeof(SetAuditorFunction),
                typeof(SetRegistryFunction),
                typeof(SetReviewsFunction),
                typeof(SymbolFunction),
                typeof(TotalSupplyFunction),
                typeof(TransferFunction),
                typeof(TransferFromFunction),
                typeof(TransferOwnershipFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(ApprovalEventDTO),
                typeof(AuditorStatusChangedEventDTO),
                typeof(OwnershipTransferredEventDTO),
                typeof(RegistryChangedEventDTO),
                typeof(ReputationChangedEventDTO),
                typeof(ReviewsChangedEventDTO),
                typeof(TransferEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(EpochLimitReachedError),
                typeof(InsufficientReputationError),
                typeof(InvalidEpochDurationError),
                typeof(LengthMismatchError),
                typeof(NotEnoughAuditorsError),
                typeof(NotRegistryError),
                typeof(NotReviewsError),
                typeof(OwnableInvalidOwnerError),
                typeof(OwnableUnauthorizedAccountError),
                typeof(ReputationLimitExceededError),
                typeof(ReputationNonTransferableError)
            };
        }
    }
}
