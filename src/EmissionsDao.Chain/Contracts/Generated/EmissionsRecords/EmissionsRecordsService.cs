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
using EmissionsDao.Chain.Contracts.Generated.EmissionsRecords.ContractDefinition;

namespace EmissionsDao.Chain.Contracts.Generated.EmissionsRecords
{
    public partial class EmissionsRecordsService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, EmissionsRecordsDeployment emissionsRecordsDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<EmissionsRecordsDeployment>().SendRequestAndWaitForReceiptAsync(emissionsRecordsDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, EmissionsRecordsDeployment emissionsRecordsDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<EmissionsRecordsDeployment>().SendRequestAsync(emissionsRecordsDeployment);
        }

        public static async Task<EmissionsRecordsService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, EmissionsRecordsDeployment emissionsRecordsDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, emissionsRecordsDeployment, cancellationTokenSource);
            return new EmissionsRecordsService(web3, receipt.ContractAddress);
        }

        public EmissionsRecordsService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<string> BindRequestAsync(BindFunction bindFunction)
        {
             return ContractHandler.SendRequestAsync(bindFunction);
        }

        public Task<TransactionReceipt> BindRequestAndWaitForReceiptAsync(BindFunction bindFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(bindFunction, cancellationToken);
        }

        public Task<string> BindRequestAsync(string registry, string tokens)
        {
            var bindFunction = new BindFunction();
                bindFunction.Registry = registry;
                bindFunction.Tokens = tokens;

             return ContractHandler.SendRequestAsync(bindFunction);
        }

        public Task<TransactionReceipt> BindRequestAndWaitForReceiptAsync(string registry, string tokens, CancellationTokenSource cancellationToken = null)
        {
            var bindFunction = new BindFunction();
                bindFunction.Registry = registry;
                bindFunction.Tokens = tokens;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(bindFunction, cancellationToken);
        }

        public Task<CoreRecordsOfOutputDTO> CoreRecordsOfQueryAsync(CoreRecordsOfFunction coreRecordsOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<CoreRecordsOfFunction, CoreRecordsOfOutputDTO>(coreRecordsOfFunction, blockParameter);
        }

        public Task<CoreRecordsOfOutputDTO> CoreRecordsOfQueryAsync(List<BigInteger> recordIds, BlockParameter blockParameter = null)
        {
            var coreRecordsOfFunction = new CoreRecordsOfFunction();
                coreRecordsOfFunction.RecordIds = recordIds;

            return ContractHandler.QueryDeserializingToObjectAsync<CoreRecordsOfFunction, CoreRecordsOfOutputDTO>(coreRecordsOfFunction, blockParameter);
        }

        public Task<BigInteger> HeadOfQueryAsync(HeadOfFunction headOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HeadOfFunction, BigInteger>(headOfFunction, blockParameter);
        }


        public Task<BigInteger> HeadOfQueryAsync(byte[] subjectKey, BlockParameter blockParameter = null)
        {
            var headOfFunction = new HeadOfFunction();
                headOfFunction.SubjectKey = subjectKey;

            return ContractHandler.QueryAsync<HeadOfFunction, BigInteger>(headOfFunction, blockParameter);
        }

        public Task<string> MarkTokenizedRequestAsync(MarkTokenizedFunction markTokenizedFunction)
        {
             return ContractHandler.SendRequestAsync(markTokenizedFunction);
        }

        public Task<TransactionReceipt> MarkTokenizedRequestAndWaitForReceiptAsync(MarkTokenizedFunction markTokenizedFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(markTokenizedFunction, cancellationToken);
        }

        public Task<string> MarkTokenizedRequestAsync(List<BigInteger> recordIds, BigInteger tokenId)
        {
            var markTokenizedFunction = new MarkTokenizedFunction();
                markTokenizedFunction.RecordIds = recordIds;
                markTokenizedFunction.TokenId = tokenId;

             return ContractHandler.SendRequestAsync(markTokenizedFunction);
        }

        public Task<TransactionReceipt> MarkTokenizedRequestAndWaitForReceiptAsync(List<BigInteger> recordIds, BigInteger tokenId, CancellationTokenSource cancellationToken = null)
        {
            var markTokenizedFunction = new MarkTokenizedFunction();
                markTokenizedFunction.RecordIds = recordIds;
                markTokenizedFunction.TokenId = tokenId;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(markTokenizedFunction, cancellationToken);
        }

        public Task<RecordOfOutputDTO> RecordOfQueryAsync(RecordOfFunction recordOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<RecordOfFunction, RecordOfOutputDTO>(recordOfFunction, blockParameter);
        }

        public Task<RecordOfOutputDTO> RecordOfQueryAsync(BigInteger recordId, BlockParameter blockParameter = null)
        {
            var recordOfFunction = new RecordOfFunction();
                recordOfFunction.RecordId = recordId;

            return ContractHandler.QueryDeserializingToObjectAsync<RecordOfFunction, RecordOfOutputDTO>(recordOfFunction, blockParameter);
        }

        public Task<string> TryWriteRequestAsync(TryWriteFunction tryWriteFunction)
        {
             return ContractHandler.SendRequestAsync(tryWriteFunction);
        }

        public Task<TransactionReceipt> TryWriteRequestAndWaitForReceiptAsync(TryWriteFunction tryWriteFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(tryWriteFunction, cancellationToken);
        }

        public Task<string> TryWriteRequestAsync(string owner, byte[] subjectKey, uint startDay, uint endDay, BigInteger grams, BigInteger requestId, BigInteger predecessorHint, byte[] hintSubjectKey)
        {
            var tryWriteFunction = new TryWriteFunction();
                tryWriteFunction.Owner = owner;
                tryWriteFunction.SubjectKey = subjectKey;
                tryWriteFunction.StartDay = startDay;
                tryWriteFunction.EndDay = endDay;
                tryWriteFunction.Grams = grams;
                tryWriteFunction.RequestId = requestId;
                tryWriteFunction.PredecessorHint = predecessorHint;
                tryWriteFunction.HintSubjectKey = hintSubjectKey;

             return ContractHandler.SendRequestAsync(tryWriteFunction);
        }

        public Task<TransactionReceipt> TryWriteRequestAndWaitForReceiptAsync(string owner, byte[] subjectKey, uint startDay, uint endDay, BigInteger grams, BigInteger requestId, BigInteger predecessorHint, byte[] hintSubjectKey, CancellationTokenSource cancellationToken = null)
        {
            var tryWriteFunction = new TryWriteFunction();
                tryWriteFunction.Owner = owner;
                tryWriteFunction.SubjectKey = subjectKey;
                tryWriteFunction.StartDay = startDay;
                tryWriteFunction.EndDay = endDay;
                tryWriteFunction.Grams = grams;
                tryWriteFunction.RequestId = requestId;
                tryWriteFunction.PredecessorHint = predecessorHint;
                tryWriteFunction.HintSubjectKey = hintSubjectKey;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(tryWriteFunction, cancellationToken);
        }

        public Task<string> WriteRequestAsync(WriteFunction writeFunction)
        {
             return ContractHandler.SendRequestAsync(writeFunction);
        }

        public Task<TransactionReceipt> WriteRequestAndWaitForReceiptAsync(WriteFunction writeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(writeFunction, cancellationToken);
        }

        public Task<string> WriteRequestAsync(string owner, byte[] subjectKey, uint startDay, uint endDay, BigInteger grams, BigInteger requestId, BigInteger predecessorHint)
        {
            var writeFunction = new WriteFunction();
                writeFunction.Owner = owner;
                writeFunction.SubjectKey = subjectKey;
                writeFunction.StartDay = startDay;
                writeFunction.EndDay = endDay;
                writeFunction.Grams = grams;
                writeFunction.RequestId = requestId;
                writeFunction.PredecessorHint = predecessorHint;

             return ContractHandler.SendRequestAsync(writeFunction);
        }

        public Task<TransactionReceipt> WriteRequestAndWaitForReceiptAsync(string owner, byte[] subjectKey, uint startDay, uint endDay, BigInteger grams, BigInteger requestId, BigInteger predecessorHint, CancellationTokenSource cancellationToken = null)
        {
            var writeFunction = new WriteFunction();
                writeFunction.Owner = owner;
                writeFunction.SubjectKey = subjectKey;
                writeFunction.StartDay = startDay;
                writeFunction.EndDay = endDay;
                writeFunction.Grams = grams;
                writeFunction.RequestId = requestId;
                writeFunction.PredecessorHint = predecessorHint;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(writeFunction, cancellationToken);
        }

        public Task<WritersOutputDTO> WritersQueryAsync(WritersFunction writersFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<WritersFunction, WritersOutputDTO>(writersFunction, blockParameter);
        }

        public Task<WritersOutputDTO> WritersQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<WritersFunction, WritersOutputDTO>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(BindFunction),
                typeof(CoreRecordsOfFunction),
                typeof(HeadOfFunction),
                typeof(MarkTokenizedFunction),
                typeof(RecordOfFunction),
                typeof(TryWriteFunction),
                typeof(WriteFunction),
                typeof(WritersFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(RecordTokenizedEventDTO),
                typeof(RecordWrittenEventDTO),
                typeof(WritersBoundEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AlreadyBoundError),
                typeof(InvalidPeriodError),
                typeof(InvalidRecordIdError),
                typeof(NotBinderError),
                typeof(NotRegistryError),
                typeof(NotTokenContractError),
                typeof(PeriodOverlapError),
                typeof(RecordAlreadyTokenizedError),
                typeof(UnknownRecordError),
                typeof(WrongNeighbourHintError),
                typeof(ZeroAddressError)
            };
        }
    }
}
