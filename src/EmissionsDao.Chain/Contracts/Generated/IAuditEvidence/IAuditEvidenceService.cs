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
using EmissionsDao.Chain.Contracts.Generated.IAuditEvidence.ContractDefinition;

namespace EmissionsDao.Chain.Contracts.Generated.IAuditEvidence
{
    public partial class IAuditEvidenceService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, IAuditEvidenceDeployment iAuditEvidenceDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<IAuditEvidenceDeployment>().SendRequestAndWaitForReceiptAsync(iAuditEvidenceDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, IAuditEvidenceDeployment iAuditEvidenceDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<IAuditEvidenceDeployment>().SendRequestAsync(iAuditEvidenceDeployment);
        }

        public static async Task<IAuditEvidenceService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, IAuditEvidenceDeployment iAuditEvidenceDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, iAuditEvidenceDeployment, cancellationTokenSource);
            return new IAuditEvidenceService(web3, receipt.ContractAddress);
        }

        public IAuditEvidenceService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
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

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(EvidenceOfFunction),
                typeof(OwnerAndSubjectOfFunction),
                typeof(SubjectOfFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {

            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {

            };
        }
    }
}
