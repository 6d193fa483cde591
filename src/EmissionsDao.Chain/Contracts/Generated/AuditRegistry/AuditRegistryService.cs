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
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;

namespace EmissionsDao.Chain.Contracts.Generated.AuditRegistry
{
    public partial class AuditRegistryService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, AuditRegistryDeployment auditRegistryDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<AuditRegistryDeployment>().SendRequestAndWaitForReceiptAsync(auditRegistryDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, AuditRegistryDeployment auditRegistryDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<AuditRegistryDeployment>().SendRequestAsync(auditRegistryDeployment);
        }

        public static async Task<AuditRegistryService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, AuditRegistryDeployment auditRegistryDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, auditRegistryDeployment, cancellationTokenSource);
            return new AuditRegistryService(web3, receipt.ContractAddress);
        }

        public AuditRegistryService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<BigInteger> MaxPanelSizeQueryAsync(MaxPanelSizeFunction maxPanelSizeFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxPanelSizeFunction, BigInteger>(maxPanelSizeFunction, blockParameter);
        }


        public Task<BigInteger> MaxPanelSizeQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxPanelSizeFunction, BigInteger>(null, blockParameter);
        }

        public Task<ushort> ReasonPeriodAlreadyRecordedQueryAsync(ReasonPeriodAlreadyRecordedFunction reasonPeriodAlreadyRecordedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ReasonPeriodAlreadyRecordedFunction, ushort>(reasonPeriodAlreadyRecordedFunction, blockParameter);
        }


        public Task<ushort> ReasonPeriodAlreadyRecordedQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ReasonPeriodAlreadyRecordedFunction, ushort>(null, blockParameter);
        }

        public Task<string> AddAuditorsRequestAsync(AddAuditorsFunction addAuditorsFunction)
        {
             return ContractHandler.SendRequestAsync(addAuditorsFunction);
        }

        public Task<TransactionReceipt> AddAuditorsRequestAndWaitForReceiptAsync(AddAuditorsFunction addAuditorsFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(addAuditorsFunction, cancellationToken);
        }

        public Task<string> AddAuditorsRequestAsync(List<string> auditors)
        {
            var addAuditorsFunction = new AddAuditorsFunction();
                addAuditorsFunction.Auditors = auditors;

             return ContractHandler.SendRequestAsync(addAuditorsFunction);
        }

        public Task<TransactionReceipt> AddAuditorsRequestAndWaitForReceiptAsync(List<string> auditors, CancellationTokenSource cancellationToken = null)
        {
            var addAuditorsFunction = new AddAuditorsFunction();
                addAuditorsFunction.Auditors = auditors;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(addAuditorsFunction, cancellationToken);
        }

        public Task<BallotsOfOutputDTO> BallotsOfQueryAsync(BallotsOfFunction ballotsOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<BallotsOfFunction, BallotsOfOutputDTO>(ballotsOfFunction, blockParameter);
        }

        public Task<BallotsOfOutputDTO> BallotsOfQueryAsync(BigInteger requestId, BlockParameter blockParameter = null)
        {
            var ballotsOfFunction = new BallotsOfFunction();
                ballotsOfFunction.RequestId = requestId;

            return ContractHandler.QueryDeserializingToObjectAsync<BallotsOfFunction, BallotsOfOutputDTO>(ballotsOfFunction, blockParameter);
        }

        public Task<string> CommitRequestAsync(CommitFunction commitFunction)
        {
             return ContractHandler.SendRequestAsync(commitFunction);
        }

        public Task<TransactionReceipt> CommitRequestAndWaitForReceiptAsync(CommitFunction commitFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(commitFunction, cancellationToken);
        }

        public Task<string> CommitRequestAsync(BigInteger requestId, byte[] commitment)
        {
            var commitFunction = new CommitFunction();
                commitFunction.RequestId = requestId;
                commitFunction.Commitment = commitment;

             return ContractHandler.SendRequestAsync(commitFunction);
        }

        public Task<TransactionReceipt> CommitRequestAndWaitForReceiptAsync(BigInteger requestId, byte[] commitment, CancellationTokenSource cancellationToken = null)
        {
            var commitFunction = new CommitFunction();
                commitFunction.RequestId = requestId;
                commitFunction.Commitment = commitment;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(commitFunction, cancellationToken);
        }

        public Task<string> CommitBySigRequestAsync(CommitBySigFunction commitBySigFunction)
        {
             return ContractHandler.SendRequestAsync(commitBySigFunction);
        }

        public Task<TransactionReceipt> CommitBySigRequestAndWaitForReceiptAsync(CommitBySigFunction commitBySigFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(commitBySigFunction, cancellationToken);
        }

        public Task<string> CommitBySigRequestAsync(CommitMessage message, byte[] signature)
        {
            var commitBySigFunction = new CommitBySigFunction();
                commitBySigFunction.Message = message;
                commitBySigFunction.Signature = signature;

             return ContractHandler.SendRequestAsync(commitBySigFunction);
        }

        public Task<TransactionReceipt> CommitBySigRequestAndWaitForReceiptAsync(CommitMessage message, byte[] signature, CancellationTokenSource cancellationToken = null)
        {
            var commitBySigFunction = new CommitBySigFunction();
                commitBySigFunction.Message = message;
                commitBySigFunction.Signature = signature;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(commitBySigFunction, cancellationToken);
        }

        public Task<ContractsOutputDTO> ContractsQueryAsync(ContractsFunction contractsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<ContractsFunction, ContractsOutputDTO>(contractsFunction, blockParameter);
        }

        public Task<ContractsOutputDTO> ContractsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<ContractsFunction, ContractsOutputDTO>(null, blockParameter);
        }

        public Task<BigInteger> CreditOfQueryAsync(CreditOfFunction creditOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CreditOfFunction, BigInteger>(creditOfFunction, blockParameter);
        }


        public Task<BigInteger> CreditOfQueryAsync(string token, string payee, BlockParameter blockParameter = null)
        {
            var creditOfFunction = new CreditOfFunction();
                creditOfFunction.Token = token;
                creditOfFunction.Payee = payee;

            return ContractHandler.QueryAsync<CreditOfFunction, BigInteger>(creditOfFunction, blockParameter);
        }

        public Task<Eip712DomainOutputDTO> Eip712DomainQueryAsync(Eip712DomainFunction eip712DomainFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Eip712DomainFunction, Eip712DomainOutputDTO>(eip712DomainFunction, blockParameter);
        }

        public Task<Eip712DomainOutputDTO> Eip712DomainQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Eip712DomainFunction, Eip712DomainOutputDTO>(null, blockParameter);
        }

        public Task<EvidenceOfOutputDTO> EvidenceOfQueryAsync(EvidenceOfFunction evidenceOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<EvidenceOfFunction, EvidenceOfOutputDTO>(evidenceOfFunction, blockParameter);
        }

        public Task<EvidenceOfOutputDTO> EvidenceOfQueryAsync(BigInteger requestId, BlockParameter blockParameter = null)
        {
            var evidenceOfFunction = new EvidenceOfFunction();
                evidenceOfFunction.RequestId = requestId;

            return ContractHandler.QueryDeserializingToObjectAsync<EvidenceOfFunction, EvidenceOfOutputDTO>(evidenceOfFunction, blockParameter);
        }

        public Task<string> FeeTokenQueryAsync(FeeTokenFunction feeTokenFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FeeTokenFunction, string>(feeTokenFunction, blockParameter);
        }


        public Task<string> FeeTokenQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FeeTokenFunction, string>(null, blockParameter);
        }

        public Task<string> FinalizeRequestAsync(FinalizeFunction finalizeFunction)
        {
             return ContractHandler.SendRequestAsync(finalizeFunction);
        }

        public Task<TransactionReceipt> FinalizeRequestAndWaitForReceiptAsync(FinalizeFunction finalizeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(finalizeFunction, cancellationToken);
        }

        public Task<string> FinalizeRequestAsync(BigInteger requestId, BigInteger predecessorHint)
        {
            var finalizeFunction = new FinalizeFunction();
                finalizeFunction.RequestId = requestId;
                finalizeFunction.PredecessorHint = predecessorHint;

             return ContractHandler.SendRequestAsync(finalizeFunction);
        }

        public Task<TransactionReceipt> FinalizeRequestAndWaitForReceiptAsync(BigInteger requestId, BigInteger predecessorHint, CancellationTokenSource cancellationToken = null)
        {
            var finalizeFunction = new FinalizeFunction();
                finalizeFunction.RequestId = requestId;
                finalizeFunction.PredecessorHint = predecessorHint;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(finalizeFunction, cancellationToken);
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

        public Task<OwnerAndSubjectOfOutputDTO> OwnerAndSubjectOfQueryAsync(OwnerAndSubjectOfFunction ownerAndSubjectOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<OwnerAndSubjectOfFunction, OwnerAndSubjectOfOutputDTO>(ownerAndSubjectOfFunction, blockParameter);
        }

        public Task<OwnerAndSubjectOfOutputDTO> OwnerAndSubjectOfQueryAsync(BigInteger requestId, BlockParameter blockParameter = null)
        {
            var ownerAndSubjectOfFunction = new OwnerAndSubjectOfFunction();
                ownerAndSubjectOfFunction.RequestId = requestId;

            return ContractHandler.QueryDeserializingToObjectAsync<OwnerAndSubjectOfFunction, OwnerAndSubjectOfOutputDTO>(ownerAndSubjectOfFunction, blockParameter);
        }

        public Task<ParametersOutputDTO> ParametersQueryAsync(ParametersFunction parametersFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<ParametersFunction, ParametersOutputDTO>(parametersFunction, blockParameter);
        }

        public Task<ParametersOutputDTO> ParametersQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<ParametersFunction, ParametersOutputDTO>(null, blockParameter);
        }

        public Task<string> RemoveAuditorRequestAsync(RemoveAuditorFunction removeAuditorFunction)
        {
             return ContractHandler.SendRequestAsync(removeAuditorFunction);
        }

        public Task<TransactionReceipt> RemoveAuditorRequestAndWaitForReceiptAsync(RemoveAuditorFunction removeAuditorFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(removeAuditorFunction, cancellationToken);
        }

        public Task<string> RemoveAuditorRequestAsync(string auditor)
        {
            var removeAuditorFunction = new RemoveAuditorFunction();
                removeAuditorFunction.Auditor = auditor;

             return ContractHandler.SendRequestAsync(removeAuditorFunction);
        }

        public Task<TransactionReceipt> RemoveAuditorRequestAndWaitForReceiptAsync(string auditor, CancellationTokenSource cancellationToken = null)
        {
            var removeAuditorFunction = new RemoveAuditorFunction();
                removeAuditorFunction.Auditor = auditor;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(removeAuditorFunction, cancellationToken);
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

        public Task<string> RequestAuditRequestAsync(RequestAuditFunction requestAuditFunction)
        {
             return ContractHandler.SendRequestAsync(requestAuditFunction);
        }

        public Task<TransactionReceipt> RequestAuditRequestAndWaitForReceiptAsync(RequestAuditFunction requestAuditFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(requestAuditFunction, cancellationToken);
        }

        public Task<string> RequestAuditRequestAsync(AuditRequest request, byte[] signature, PermitSignature permit, BigInteger predecessorHint)
        {
            var requestAuditFunction = new RequestAuditFunction();
                requestAuditFunction.Request = request;
                requestAuditFunction.Signature = signature;
                requestAuditFunction.Permit = permit;
                requestAuditFunction.PredecessorHint = predecessorHint;

             return ContractHandler.SendRequestAsync(requestAuditFunction);
        }

        public Task<TransactionReceipt> RequestAuditRequestAndWaitForReceiptAsync(AuditRequest request, byte[] signature, PermitSignature permit, BigInteger predecessorHint, CancellationTokenSource cancellationToken = null)
        {
            var requestAuditFunction = new RequestAuditFunction();
                requestAuditFunction.Request = request;
                requestAuditFunction.Signature = signature;
                requestAuditFunction.Permit = permit;
                requestAuditFunction.PredecessorHint = predecessorHint;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(requestAuditFunction, cancellationToken);
        }

        public Task<BigInteger> RequestCountQueryAsync(RequestCountFunction requestCountFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RequestCountFunction, BigInteger>(requestCountFunction, blockParameter);
        }


        public Task<BigInteger> RequestCountQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RequestCountFunction, BigInteger>(null, blockParameter);
        }

        public Task<RequestOfOutputDTO> RequestOfQueryAsync(RequestOfFunction requestOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<RequestOfFunction, RequestOfOutputDTO>(requestOfFunction, blockParameter);
        }

        public Task<RequestOfOutputDTO> RequestOfQueryAsync(BigInteger requestId, BlockParameter blockParameter = null)
        {
            var requestOfFunction = new RequestOfFunction();
                requestOfFunction.RequestId = requestId;

            return ContractHandler.QueryDeserializingToObjectAsync<RequestOfFunction, RequestOfOutputDTO>(requestOfFunction, blockParameter);
        }

        public Task<string> ResolveEscalatedRequestAsync(ResolveEscalatedFunction resolveEscalatedFunction)
        {
             return ContractHandler.SendRequestAsync(resolveEscalatedFunction);
        }

        public Task<TransactionReceipt> ResolveEscalatedRequestAndWaitForReceiptAsync(ResolveEscalatedFunction resolveEscalatedFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(resolveEscalatedFunction, cancellationToken);
        }

        public Task<string> ResolveEscalatedRequestAsync(BigInteger requestId, bool issue, BigInteger grams, ushort reasonCode)
        {
            var resolveEscalatedFunction = new ResolveEscalatedFunction();
                resolveEscalatedFunction.RequestId = requestId;
                resolveEscalatedFunction.Issue = issue;
                resolveEscalatedFunction.Grams = grams;
                resolveEscalatedFunction.ReasonCode = reasonCode;

             return ContractHandler.SendRequestAsync(resolveEscalatedFunction);
        }

        public Task<TransactionReceipt> ResolveEscalatedRequestAndWaitForReceiptAsync(BigInteger requestId, bool issue, BigInteger grams, ushort reasonCode, CancellationTokenSource cancellationToken = null)
        {
            var resolveEscalatedFunction = new ResolveEscalatedFunction();
                resolveEscalatedFunction.RequestId = requestId;
                resolveEscalatedFunction.Issue = issue;
                resolveEscalatedFunction.Grams = grams;
                resolveEscalatedFunction.ReasonCode = reasonCode;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(resolveEscalatedFunction, cancellationToken);
        }

        public Task<BigInteger> ResolvedGramsOfQueryAsync(ResolvedGramsOfFunction resolvedGramsOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ResolvedGramsOfFunction, BigInteger>(resolvedGramsOfFunction, blockParameter);
        }


        public Task<BigInteger> ResolvedGramsOfQueryAsync(BigInteger requestId, BlockParameter blockParameter = null)
        {
            var resolvedGramsOfFunction = new ResolvedGramsOfFunction();
                resolvedGramsOfFunction.RequestId = requestId;

            return ContractHandler.QueryAsync<ResolvedGramsOfFunction, BigInteger>(resolvedGramsOfFunction, blockParameter);
        }

        public Task<string> RevealRequestAsync(RevealFunction revealFunction)
        {
             return ContractHandler.SendRequestAsync(revealFunction);
        }

        public Task<TransactionReceipt> RevealRequestAndWaitForReceiptAsync(RevealFunction revealFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revealFunction, cancellationToken);
        }

        public Task<string> RevealRequestAsync(BigInteger requestId, Result result)
        {
            var revealFunction = new RevealFunction();
                revealFunction.RequestId = requestId;
                revealFunction.Result = result;

             return ContractHandler.SendRequestAsync(revealFunction);
        }

        public Task<TransactionReceipt> RevealRequestAndWaitForReceiptAsync(BigInteger requestId, Result result, CancellationTokenSource cancellationToken = null)
        {
            var revealFunction = new RevealFunction();
                revealFunction.RequestId = requestId;
                revealFunction.Result = result;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(revealFunction, cancellationToken);
        }

        public Task<string> RevealBySigRequestAsync(RevealBySigFunction revealBySigFunction)
        {
             return ContractHandler.SendRequestAsync(revealBySigFunction);
        }

        public Task<TransactionReceipt> RevealBySigRequestAndWaitForReceiptAsync(RevealBySigFunction revealBySigFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revealBySigFunction, cancellationToken);
        }

        public Task<string> RevealBySigRequestAsync(RevealMessage message, byte[] signature)
        {
            var revealBySigFunction = new RevealBySigFunction();
                revealBySigFunction.Message = message;
                revealBySigFunction.Signature = signature;

             return ContractHandler.SendRequestAsync(revealBySigFunction);
        }

        public Task<TransactionReceipt> RevealBySigRequestAndWaitForReceiptAsync(RevealMessage message, byte[] signature, CancellationTokenSource cancellationToken = null)
        {
            var revealBySigFunction = new RevealBySigFunction();
                revealBySigFunction.Message = message;
                revealBySigFunction.Signature = signature;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(revealBySigFunction, cancellationToken);
        }

        public Task<byte[]> SealResultQueryAsync(SealResultFunction sealResultFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SealResultFunction, byte[]>(sealResultFunction, blockParameter);
        }


        public Task<byte[]> SealResultQueryAsync(BigInteger requestId, string auditor, Result result, BlockParameter blockParameter = null)
        {
            var sealResultFunction = new SealResultFunction();
                sealResultFunction.RequestId = requestId;
                sealResultFunction.Auditor = auditor;
                sealResultFunction.Result = result;

            return ContractHandler.QueryAsync<SealResultFunction, byte[]>(sealResultFunction, blockParameter);
        }

        public Task<string> SetAlwaysVoteRequestAsync(SetAlwaysVoteFunction setAlwaysVoteFunction)
        {
             return ContractHandler.SendRequestAsync(setAlwaysVoteFunction);
        }

        public Task<TransactionReceipt> SetAlwaysVoteRequestAndWaitForReceiptAsync(SetAlwaysVoteFunction setAlwaysVoteFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setAlwaysVoteFunction, cancellationToken);
        }

        public Task<string> SetAlwaysVoteRequestAsync(bool alwaysVote)
        {
            var setAlwaysVoteFunction = new SetAlwaysVoteFunction();
                setAlwaysVoteFunction.AlwaysVote = alwaysVote;

             return ContractHandler.SendRequestAsync(setAlwaysVoteFunction);
        }

        public Task<TransactionReceipt> SetAlwaysVoteRequestAndWaitForReceiptAsync(bool alwaysVote, CancellationTokenSource cancellationToken = null)
        {
            var setAlwaysVoteFunction = new SetAlwaysVoteFunction();
                setAlwaysVoteFunction.AlwaysVote = alwaysVote;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(setAlwaysVoteFunction, cancellationToken);
        }

        public Task<string> SetDispersionThresholdRequestAsync(SetDispersionThresholdFunction setDispersionThresholdFunction)
        {
             return ContractHandler.SendRequestAsync(setDispersionThresholdFunction);
        }

        public Task<TransactionReceipt> SetDispersionThresholdRequestAndWaitForReceiptAsync(SetDispersionThresholdFunction setDispersionThresholdFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setDispersionThresholdFunction, cancellationToken);
        }

        public Task<string> SetDispersionThresholdRequestAsync(ushort thresholdBps)
        {
            var setDispersionThresholdFunction = new SetDispersionThresholdFunction();
                setDispersionThresholdFunction.ThresholdBps = thresholdBps;

             return ContractHandler.SendRequestAsync(setDispersionThresholdFunction);
        }

        public Task<TransactionReceipt> SetDispersionThresholdRequestAndWaitForReceiptAsync(ushort thresholdBps, CancellationTokenSource cancellationToken = null)
        {
            var setDispersionThresholdFunction = new SetDispersionThresholdFunction();
                setDispersionThresholdFunction.ThresholdBps = thresholdBps;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(setDispersionThresholdFunction, cancellationToken);
        }

        public Task<string> SetFeeRequestAsync(SetFeeFunction setFeeFunction)
        {
             return ContractHandler.SendRequestAsync(setFeeFunction);
        }

        public Task<TransactionReceipt> SetFeeRequestAndWaitForReceiptAsync(SetFeeFunction setFeeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setFeeFunction, cancellationToken);
        }

        public Task<string> SetFeeRequestAsync(BigInteger fee)
        {
            var setFeeFunction = new SetFeeFunction();
                setFeeFunction.Fee = fee;

             return ContractHandler.SendRequestAsync(setFeeFunction);
        }

        public Task<TransactionReceipt> SetFeeRequestAndWaitForReceiptAsync(BigInteger fee, CancellationTokenSource cancellationToken = null)
        {
            var setFeeFunction = new SetFeeFunction();
                setFeeFunction.Fee = fee;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(setFeeFunction, cancellationToken);
        }

        public Task<string> SetFeeTokenRequestAsync(SetFeeTokenFunction setFeeTokenFunction)
        {
             return ContractHandler.SendRequestAsync(setFeeTokenFunction);
        }

        public Task<TransactionReceipt> SetFeeTokenRequestAndWaitForReceiptAsync(SetFeeTokenFunction setFeeTokenFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setFeeTokenFunction, cancellationToken);
        }

        public Task<string> SetFeeTokenRequestAsync(string token)
        {
            var setFeeTokenFunction = new SetFeeTokenFunction();
                setFeeTokenFunction.Token = token;

             return ContractHandler.SendRequestAsync(setFeeTokenFunction);
        }

        public Task<TransactionReceipt> SetFeeTokenRequestAndWaitForReceiptAsync(string token, CancellationTokenSource cancellationToken = null)
        {
            var setFeeTokenFunction = new SetFeeTokenFunction();
                setFeeTokenFunction.Token = token;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(setFeeTokenFunction, cancellationToken);
        }

        public Task<string> SetPanelSizeRequestAsync(SetPanelSizeFunction setPanelSizeFunction)
        {
             return ContractHandler.SendRequestAsync(setPanelSizeFunction);
        }

        public Task<TransactionReceipt> SetPanelSizeRequestAndWaitForReceiptAsync(SetPanelSizeFunction setPanelSizeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setPanelSizeFunction, cancellationToken);
        }

        public Task<string> SetPanelSizeRequestAsync(byte panelSize)
        {
            var setPanelSizeFunction = new SetPanelSizeFunction();
                setPanelSizeFunction.PanelSize = panelSize;

             return ContractHandler.SendRequestAsync(setPanelSizeFunction);
        }

        public Task<TransactionReceipt> SetPanelSizeRequestAndWaitForReceiptAsync(byte panelSize, CancellationTokenSource cancellationToken = null)
        {
            var setPanelSizeFunction = new SetPanelSizeFunction();
                setPanelSizeFunction.PanelSize = panelSize;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(setPanelSizeFunction, cancellationToken);
        }

        public Task<string> SetPhaseDurationsRequestAsync(SetPhaseDurationsFunction setPhaseDurationsFunction)
        {
             return ContractHandler.SendRequestAsync(setPhaseDurationsFunction);
        }

        public Task<TransactionReceipt> SetPhaseDurationsRequestAndWaitForReceiptAsync(SetPhaseDurationsFunction setPhaseDurationsFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setPhaseDurationsFunction, cancellationToken);
        }

        public Task<string> SetPhaseDurationsRequestAsync(uint commitDuration, uint revealDuration)
        {
            var setPhaseDurationsFunction = new SetPhaseDurationsFunction();
                setPhaseDurationsFunction.CommitDuration = commitDuration;
                setPhaseDurationsFunction.RevealDuration = revealDuration;

             return ContractHandler.SendRequestAsync(setPhaseDurationsFunction);
        }

        public Task<TransactionReceipt> SetPhaseDurationsRequestAndWaitForReceiptAsync(uint commitDuration, uint revealDuration, CancellationTokenSource cancellationToken = null)
        {
            var setPhaseDurationsFunction = new SetPhaseDurationsFunction();
                setPhaseDurationsFunction.CommitDuration = commitDuration;
                setPhaseDurationsFunction.RevealDuration = revealDuration;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(setPhaseDurationsFunction, cancellationToken);
        }

        public Task<string> SetProtocolShareRequestAsync(SetProtocolShareFunction setProtocolShareFunction)
        {
             return ContractHandler.SendRequestAsync(setProtocolShareFunction);
        }

        public Task<TransactionReceipt> SetProtocolShareRequestAndWaitForReceiptAsync(SetProtocolShareFunction setProtocolShareFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setProtocolShareFunction, cancellationToken);
        }

        public Task<string> SetProtocolShareRequestAsync(ushort shareBps)
        {
            var setProtocolShareFunction = new SetProtocolShareFunction();
                setProtocolShareFunction.ShareBps = shareBps;

             return ContractHandler.SendRequestAsync(setProtocolShareFunction);
        }

        public Task<TransactionReceipt> SetProtocolShareRequestAndWaitForReceiptAsync(ushort shareBps, CancellationTokenSource cancellationToken = null)
        {
            var setProtocolShareFunction = new SetProtocolShareFunction();
                setProtocolShareFunction.ShareBps = shareBps;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(setProtocolShareFunction, cancellationToken);
        }

        public Task<string> SetReputationRulesRequestAsync(SetReputationRulesFunction setReputationRulesFunction)
        {
             return ContractHandler.SendRequestAsync(setReputationRulesFunction);
        }

        public Task<TransactionReceipt> SetReputationRulesRequestAndWaitForReceiptAsync(SetReputationRulesFunction setReputationRulesFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setReputationRulesFunction, cancellationToken);
        }

        public Task<string> SetReputationRulesRequestAsync(BigInteger coherenceReward, ushort coherenceToleranceBps, ushort missPenaltyBps)
        {
            var setReputationRulesFunction = new SetReputationRulesFunction();
                setReputationRulesFunction.CoherenceReward = coherenceReward;
                setReputationRulesFunction.CoherenceToleranceBps = coherenceToleranceBps;
                setReputationRulesFunction.MissPenaltyBps = missPenaltyBps;

             return ContractHandler.SendRequestAsync(setReputationRulesFunction);
        }

        public Task<TransactionReceipt> SetReputationRulesRequestAndWaitForReceiptAsync(BigInteger coherenceReward, ushort coherenceToleranceBps, ushort missPenaltyBps, CancellationTokenSource cancellationToken = null)
        {
            var setReputationRulesFunction = new SetReputationRulesFunction();
                setReputationRulesFunction.CoherenceReward = coherenceReward;
                setReputationRulesFunction.CoherenceToleranceBps = coherenceToleranceBps;
                setReputationRulesFunction.MissPenaltyBps = missPenaltyBps;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(setReputationRulesFunction, cancellationToken);
        }

        public Task<byte[]> SubjectOfQueryAsync(SubjectOfFunction subjectOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SubjectOfFunction, byte[]>(subjectOfFunction, blockParameter);
        }


        public Task<byte[]> SubjectOfQueryAsync(BigInteger requestId, BlockParameter blockParameter = null)
        {
            var subjectOfFunction = new SubjectOfFunction();
                subjectOfFunction.RequestId = requestId;

            return ContractHandler.QueryAsync<SubjectOfFunction, byte[]>(subjectOfFunction, blockParameter);
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

        public Task<string> WithdrawRequestAsync(WithdrawFunction withdrawFunction)
        {
             return ContractHandler.SendRequestAsync(withdrawFunction);
        }

        public Task<string> WithdrawRequestAsync()
        {
             return ContractHandler.SendRequestAsync<WithdrawFunction>();
        }

        public Task<TransactionReceipt> WithdrawRequestAndWaitForReceiptAsync(WithdrawFunction withdrawFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawFunction, cancellationToken);
        }

        public Task<TransactionReceipt> WithdrawRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<WithdrawFunction>(null, cancellationToken);
        }

        public Task<string> WithdrawForRequestAsync(WithdrawForFunction withdrawForFunction)
        {
             return ContractHandler.SendRequestAsync(withdrawForFunction);
        }

        public Task<TransactionReceipt> WithdrawForRequestAndWaitForReceiptAsync(WithdrawForFunction withdrawForFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawForFunction, cancellationToken);
        }

        public Task<string> WithdrawForRequestAsync(string payee, string token)
        {
            var withdrawForFunction = new WithdrawForFunction();
                withdrawForFunction.Payee = payee;
                withdrawForFunction.Token = token;

             return ContractHandler.SendRequestAsync(withdrawForFunction);
        }

        public Task<TransactionReceipt> WithdrawForRequestAndWaitForReceiptAsync(string payee, string token, CancellationTokenSource cancellationToken = null)
        {
            var withdrawForFunction = new WithdrawForFunction();
                withdrawForFunction.Payee = payee;
                withdrawForFunction.Token = token;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawForFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(MaxPanelSizeFunction),
                typeof(ReasonPeriodAlreadyRecordedFunction),
                typeof(AddAuditorsFunction),
                typeof(BallotsOfFunction),
                typeof(CommitFunction),
                typeof(CommitBySigFunction),
                typeof(ContractsFunction),
                typeof(CreditOfFunction),
                typeof(Eip712DomainFunction),
                typeof(EvidenceOfFunction),
                typeof(FeeTokenFunction),
                typeof(FinalizeFunction),
                typeof(NoncesFunction),
                typeof(OwnerFunction),
                typeof(OwnerAndSubjectOfFunction),
                typeof(ParametersFunction),
                typeof(RemoveAuditorFunction),
                typeof(RenounceOwnershipFunction),
                typeof(RequestAuditFunction),
                typeof(RequestCountFunction),
                typeof(RequestOfFunction),
                typeof(ResolveEscalatedFunction),
                typeof(ResolvedGramsOfFunction),
                typeof(RevealFunction),
                typeof(RevealBySigFunction),
                typeof(SealResultFunction),
                typeof(SetAlwaysVoteFunction),
                typeof(SetDispersionThresholdFunction),
                typeof(SetFeeFunction),
                typeof(SetFeeTokenFunction),
                typeof(SetPanelSizeFunction),
                typeof(SetPhaseDurationsFunction),
                typeof(SetProtocolShareFunction),
                typeof(SetReputationRulesFunction),
                typeof(SubjectOfFunction),
                typeof(TransferOwnershipFunction),
                typeof(WithdrawFunction),
                typeof(WithdrawForFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(AuditorAddedEventDTO),
                typeof(AuditorRemovedEventDTO),
                typeof(EIP712DomainChangedEventDTO),
                typeof(EscalationResolvedEventDTO),
                typeof(FeeTokenChangedEventDTO),
                typeof(OwnershipTransferredEventDTO),
                typeof(PanelDrawnEventDTO),
                typeof(ParametersUpdatedEventDTO),
                typeof(PaymentCreditedEventDTO),
                typeof(RequestCreatedEventDTO),
                typeof(RequestDeclinedEventDTO),
                typeof(RequestEscalatedEventDTO),
                typeof(RequestIssuedEventDTO),
                typeof(RequestRefundedEventDTO),
                typeof(ResultCommittedEventDTO),
                typeof(ResultRevealedEventDTO),
                typeof(WithdrawnEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AlreadyCommittedError),
                typeof(AlreadyRevealedError),
                typeof(CommitPhaseOverError),
                typeof(CommitmentMismatchError),
                typeof(EmissionsTooLargeError),
                typeof(EmptyCommitmentError),
                typeof(FeeMismatchError),
                typeof(FinalizeTooEarlyError),
                typeof(InvalidAccountNonceError),
                typeof(InvalidParameterError),
                typeof(InvalidPeriodError),
                typeof(InvalidShortStringError),
                typeof(InvalidSignatureError),
                typeof(MissingDeclineReasonError),
                typeof(NotCommittedError),
                typeof(NotEscalatedError),
                typeof(NotOnPanelError),
                typeof(NothingToWithdrawError),
                typeof(OwnableInvalidOwnerError),
                typeof(OwnableUnauthorizedAccountError),
                typeof(ReentrancyGuardReentrantCallError),
                typeof(RequestNotFinalizableError),
                typeof(RequestNotOpenError),
                typeof(RevealNotOpenError),
                typeof(RevealPhaseOverError),
                typeof(SafeERC20FailedOperationError),
                typeof(SignatureExpiredError),
                typeof(StringTooLongError),
                typeof(ZeroAddressError)
            };
        }
    }
}
