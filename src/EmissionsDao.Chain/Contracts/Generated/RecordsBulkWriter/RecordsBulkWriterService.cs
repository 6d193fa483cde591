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
using EmissionsDao.Chain.Contracts.Generated.RecordsBulkWriter.ContractDefinition;

namespace EmissionsDao.Chain.Contracts.Generated.RecordsBulkWriter
{
    public partial class RecordsBulkWriterService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, RecordsBulkWriterDeployment recordsBulkWriterDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<RecordsBulkWriterDeployment>().SendRequestAndWaitForReceiptAsync(recordsBulkWriterDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, RecordsBulkWriterDeployment recordsBulkWriterDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<RecordsBulkWriterDeployment>().SendRequestAsync(recordsBulkWriterDeployment);
        }

        public static async Task<RecordsBulkWriterService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, RecordsBulkWriterDeployment recordsBulkWriterDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, recordsBulkWriterDeployment, cancellationTokenSource);
            return new RecordsBulkWriterService(web3, receipt.ContractAddress);
        }

        public RecordsBulkWriterService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<string> AppendDaysRequestAsync(AppendDaysFunction appendDaysFunction)
        {
             return ContractHandler.SendRequestAsync(appendDaysFunction);
        }

        public Task<TransactionReceipt> AppendDaysRequestAndWaitForReceiptAsync(AppendDaysFunction appendDaysFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(appendDaysFunction, cancellationToken);
        }

        public Task<string> AppendDaysRequestAsync(byte[] subjectKey, uint firstDay, BigInteger count, BigInteger predecessorId)
        {
            var appendDaysFunction = new AppendDaysFunction();
                appendDaysFunction.SubjectKey = subjectKey;
                appendDaysFunction.FirstDay = firstDay;
                appendDaysFunction.Count = count;
                appendDaysFunction.PredecessorId = predecessorId;

             return ContractHandler.SendRequestAsync(appendDaysFunction);
        }

        public Task<TransactionReceipt> AppendDaysRequestAndWaitForReceiptAsync(byte[] subjectKey, uint firstDay, BigInteger count, BigInteger predecessorId, CancellationTokenSource cancellationToken = null)
        {
            var appendDaysFunction = new AppendDaysFunction();
                appendDaysFunction.SubjectKey = subjectKey;
                appendDaysFunction.FirstDay = firstDay;
                appendDaysFunction.Count = count;
                appendDaysFunction.PredecessorId = predecessorId;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(appendDaysFunction, cancellationToken);
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

        public Task<string> WriteOneRequestAsync(WriteOneFunction writeOneFunction)
        {
             return ContractHandler.SendRequestAsync(writeOneFunction);
        }

        public Task<TransactionReceipt> WriteOneRequestAndWaitForReceiptAsync(WriteOneFunction writeOneFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(writeOneFunction, cancellationToken);
        }

        public Task<string> WriteOneRequestAsync(byte[] subjectKey, uint startDay, uint endDay, BigInteger predecessorHint)
        {
            var writeOneFunction = new WriteOneFunction();
                writeOneFunction.SubjectKey = subjectKey;
                writeOneFunction.StartDay = startDay;
                writeOneFunction.EndDay = endDay;
                writeOneFunction.PredecessorHint = predecessorHint;

             return ContractHandler.SendRequestAsync(writeOneFunction);
        }

        public Task<TransactionReceipt> WriteOneRequestAndWaitForReceiptAsync(byte[] subjectKey, uint startDay, uint endDay, BigInteger predecessorHint, CancellationTokenSource cancellationToken = null)
        {
            var writeOneFunction = new WriteOneFunction();
                writeOneFunction.SubjectKey = subjectKey;
                writeOneFunction.StartDay = startDay;
                writeOneFunction.EndDay = endDay;
                writeOneFunction.PredecessorHint = predecessorHint;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(writeOneFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(AppendDaysFunction),
                typeof(EvidenceOfFunction),
                typeof(OwnerAndSubjectOfFunction),
                typeof(SubjectOfFunction),
                typeof(WriteOneFunction)
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
