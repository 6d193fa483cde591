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
using EmissionsDao.Chain.Contracts.Generated.AuditReviews.ContractDefinition;

namespace EmissionsDao.Chain.Contracts.Generated.AuditReviews
{
    public partial class AuditReviewsService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, AuditReviewsDeployment auditReviewsDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<AuditReviewsDeployment>().SendRequestAndWaitForReceiptAsync(auditReviewsDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, AuditReviewsDeployment auditReviewsDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<AuditReviewsDeployment>().SendRequestAsync(auditReviewsDeployment);
        }

        public static async Task<AuditReviewsService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, AuditReviewsDeployment auditReviewsDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, auditReviewsDeployment, cancellationTokenSource);
            return new AuditReviewsService(web3, receipt.ContractAddress);
        }

        public AuditReviewsService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte> MaxStarsQueryAsync(MaxStarsFunction maxStarsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxStarsFunction, byte>(maxStarsFunction, blockParameter);
        }


        public Task<byte> MaxStarsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxStarsFunction, byte>(null, blockParameter);
        }

        public Task<byte> NeutralStarsQueryAsync(NeutralStarsFunction neutralStarsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NeutralStarsFunction, byte>(neutralStarsFunction, blockParameter);
        }


        public Task<byte> NeutralStarsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NeutralStarsFunction, byte>(null, blockParameter);
        }

        public Task<BudgetOfOutputDTO> BudgetOfQueryAsync(BudgetOfFunction budgetOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<BudgetOfFunction, BudgetOfOutputDTO>(budgetOfFunction, blockParameter);
        }

        public Task<BudgetOfOutputDTO> BudgetOfQueryAsync(string reviewer, BlockParameter blockParameter = null)
        {
            var budgetOfFunction = new BudgetOfFunction();
                budgetOfFunction.Reviewer = reviewer;

            return ContractHandler.QueryDeserializingToObjectAsync<BudgetOfFunction, BudgetOfOutputDTO>(budgetOfFunction, blockParameter);
        }

        public Task<ContractsOutputDTO> ContractsQueryAsync(ContractsFunction contractsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<ContractsFunction, ContractsOutputDTO>(contractsFunction, blockParameter);
        }

        public Task<ContractsOutputDTO> ContractsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<ContractsFunction, ContractsOutputDTO>(null, blockParameter);
        }

        public Task<BigInteger> CurrentEpochQueryAsync(CurrentEpochFunction currentEpochFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CurrentEpochFunction, BigInteger>(currentEpochFunction, blockParameter);
        }


        public Task<BigInteger> CurrentEpochQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CurrentEpochFunction, BigInteger>(null, blockParameter);
        }

        public Task<Eip712DomainOutputDTO> Eip712DomainQueryAsync(Eip712DomainFunction eip712DomainFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Eip712DomainFunction, Eip712DomainOutputDTO>(eip712DomainFunction, blockParameter);
        }

        public Task<Eip712DomainOutputDTO> Eip712DomainQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Eip712DomainFunction, Eip712DomainOutputDTO>(null, blockParameter);
        }

        public Task<byte> EligibilityQueryAsync(EligibilityFunction eligibilityFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<EligibilityFunction, byte>(eligibilityFunction, blockParameter);
        }


        public Task<byte> EligibilityQueryAsync(BigInteger requestId, string reviewer, BlockParameter blockParameter = null)
        {
            var eligibilityFunction = new EligibilityFunction();
                eligibilityFunction.RequestId = requestId;
                eligibilityFunction.Reviewer = reviewer;

            return ContractHandler.QueryAsync<EligibilityFunction, byte>(eligibilityFunction, blockParameter);
        }

        public Task<EpochsOutputDTO> EpochsQueryAsync(EpochsFunction epochsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<EpochsFunction, EpochsOutputDTO>(epochsFunction, blockParameter);
        }

        public Task<EpochsOutputDTO> EpochsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<EpochsFunction, EpochsOutputDTO>(null, blockParameter);
        }

        public Task<bool> HasReviewedQueryAsync(HasReviewedFunction hasReviewedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HasReviewedFunction, bool>(hasReviewedFunction, blockParameter);
        }


        public Task<bool> HasReviewedQueryAsync(BigInteger requestId, string reviewer, BlockParameter blockParameter = null)
        {
            var hasReviewedFunction = new HasReviewedFunction();
                hasReviewedFunction.RequestId = requestId;
                hasReviewedFunction.Reviewer = reviewer;

            return ContractHandler.QueryAsync<HasReviewedFunction, bool>(hasReviewedFunction, blockParameter);
        }

        public Task<BigInteger> NoncesQueryAsync(NoncesFunction noncesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NoncesFunction, BigInteger>(noncesFunction, blockParameter);
        }


        public Task<BigInteger> NoncesQueryAsync(string owner, BlockParameter blockParameter = null)
        {
            var noncesFunction = new NoncesFunction();
                noncesFunction.Owner = owner;

            return ContractHandler.QueryAsync<NoncesFunction, BigInteger>(noncesFunction, blockParameter);
        }

        public Task<string> OwnerQueryAsync(OwnerFunction ownerFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<OwnerFunction, string>(ownerFunction, blockParameter);
        }


        public Task<string> OwnerQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<OwnerFunction, string>(null, blockParameter);
        }

        public Task<ParametersOutputDTO> ParametersQueryAsync(ParametersFunction parametersFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<ParametersFunction, ParametersOutputDTO>(parametersFunction, blockParameter);
        }

        public Task<ParametersOutputDTO> ParametersQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<ParametersFunction, ParametersOutputDTO>(null, blockParameter);
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

        public Task<string> ReviewRequestAsync(ReviewFunction reviewFunction)
        {
             return ContractHandler.SendRequestAsync(reviewFunction);
        }

        public Task<TransactionReceipt> ReviewRequestAndWaitForReceiptAsync(ReviewFunction reviewFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(reviewFunction, cancellationToken);
        }

        public Task<string> ReviewRequestAsync(BigInteger requestId, List<byte> stars)
        {
            var reviewFunction = new ReviewFunction();
                reviewFunction.RequestId = requestId;
                reviewFunction.Stars = stars;

             return ContractHandler.SendRequestAsync(reviewFunction);
        }

        public Task<TransactionReceipt> ReviewRequestAndWaitForReceiptAsync(BigInteger requestId, List<byte> stars, CancellationTokenSource cancellationToken = null)
        {
            var reviewFunction = new ReviewFunction();
                reviewFunction.RequestId = requestId;
                reviewFunction.Stars = stars;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(reviewFunction, cancellationToken);
        }

        public Task<string> ReviewBySigRequestAsync(ReviewBySigFunction reviewBySigFunction)
        {
             return ContractHandler.SendRequestAsync(reviewBySigFunction);
        }

        public Task<TransactionReceipt> ReviewBySigRequestAndWaitForReceiptAsync(ReviewBySigFunction reviewBySigFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(reviewBySigFunction, cancellationToken);
        }

        public Task<string> ReviewBySigRequestAsync(ReviewMessage message, byte[] signature)
        {
            var reviewBySigFunction = new ReviewBySigFunction();
                reviewBySigFunction.Message = message;
                reviewBySigFunction.Signature = signature;

             return ContractHandler.SendRequestAsync(reviewBySigFunction);
        }

        public Task<TransactionReceipt> ReviewBySigRequestAndWaitForReceiptAsync(ReviewMessage message, byte[] signature, CancellationTokenSource cancellationToken = null)
        {
            var reviewBySigFunction = new ReviewBySigFunction();
                reviewBySigFunction.Message = message;
                reviewBySigFunction.Signature = signature;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(reviewBySigFunction, cancellationToken);
        }

        public Task<string> SetParametersRequestAsync(SetParametersFunction setParametersFunction)
        {
             return ContractHandler.SendRequestAsync(setParametersFunction);
        }

        public Task<TransactionReceipt> SetParametersRequestAndWaitForReceiptAsync(SetParametersFunction setParametersFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setParametersFunction, cancellationToken);
        }

        public Task<string> SetParametersRequestAsync(ReviewParameters newParameters)
        {
            var setParametersFunction = new SetParametersFunction();
                setParametersFunction.NewParameters = newParameters;

             return ContractHandler.SendRequestAsync(setParametersFunction);
        }

        public Task<TransactionReceipt> SetParametersRequestAndWaitForReceiptAsync(ReviewParameters newParameters, CancellationTokenSource cancellationToken = null)
        {
            var setParametersFunction = new SetParametersFunction();
                setParametersFunction.NewParameters = newParameters;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(setParametersFunction, cancellationToken);
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
                typeof(MaxStarsFunction),
                typeof(NeutralStarsFunction),
                typeof(BudgetOfFunction),
                typeof(ContractsFunction),
                typeof(CurrentEpochFunction),
                typeof(Eip712DomainFunction),
                typeof(EligibilityFunction),
                typeof(EpochsFunction),
                typeof(HasReviewedFunction),
                typeof(NoncesFunction),
                typeof(OwnerFunction),
                typeof(ParametersFunction),
                typeof(RenounceOwnershipFunction),
                typeof(ReviewFunction),
                typeof(ReviewBySigFunction),
                typeof(SetParametersFunction),
                typeof(TransferOwnershipFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(AuditorRatedEventDTO),
                typeof(EIP712DomainChangedEventDTO),
                typeof(OwnershipTransferredEventDTO),
                typeof(ReviewParametersUpdatedEventDTO),
                typeof(ReviewedEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AlreadyReviewedError),
                typeof(AuditNotFinishedError),
                typeof(InvalidAccountNonceError),
                typeof(InvalidParameterError),
                typeof(InvalidRatingError),
                typeof(InvalidShortStringError),
                typeof(InvalidSignatureError),
                typeof(OwnableInvalidOwnerError),
                typeof(OwnableUnauthorizedAccountError),
                typeof(RatingCountMismatchError),
                typeof(ReviewBudgetExhaustedError),
                typeof(ReviewWindowClosedError),
                typeof(ReviewerIsRequesterError),
                typeof(ReviewerWasAuditorError),
                typeof(SignatureExpiredError),
                typeof(StringTooLongError)
            };
        }
    }
}
