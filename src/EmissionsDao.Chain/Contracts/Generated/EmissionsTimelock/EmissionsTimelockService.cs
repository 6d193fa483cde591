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
using EmissionsDao.Chain.Contracts.Generated.EmissionsTimelock.ContractDefinition;

namespace EmissionsDao.Chain.Contracts.Generated.EmissionsTimelock
{
    public partial class EmissionsTimelockService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, EmissionsTimelockDeployment emissionsTimelockDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<EmissionsTimelockDeployment>().SendRequestAndWaitForReceiptAsync(emissionsTimelockDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, EmissionsTimelockDeployment emissionsTimelockDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<EmissionsTimelockDeployment>().SendRequestAsync(emissionsTimelockDeployment);
        }

        public static async Task<EmissionsTimelockService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, EmissionsTimelockDeployment emissionsTimelockDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, emissionsTimelockDeployment, cancellationTokenSource);
            return new EmissionsTimelockService(web3, receipt.ContractAddress);
        }

        public EmissionsTimelockService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte[]> CancellerRoleQueryAsync(CancellerRoleFunction cancellerRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CancellerRoleFunction, byte[]>(cancellerRoleFunction, blockParameter);
        }


        public Task<byte[]> CancellerRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CancellerRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> DefaultAdminRoleQueryAsync(DefaultAdminRoleFunction defaultAdminRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(defaultAdminRoleFunction, blockParameter);
        }


        public Task<byte[]> DefaultAdminRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> ExecutorRoleQueryAsync(ExecutorRoleFunction executorRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ExecutorRoleFunction, byte[]>(executorRoleFunction, blockParameter);
        }


        public Task<byte[]> ExecutorRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ExecutorRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> ProposerRoleQueryAsync(ProposerRoleFunction proposerRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ProposerRoleFunction, byte[]>(proposerRoleFunction, blockParameter);
        }


        public Task<byte[]> ProposerRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ProposerRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<string> CancelRequestAsync(CancelFunction cancelFunction)
        {
             return ContractHandler.SendRequestAsync(cancelFunction);
        }

        public Task<TransactionReceipt> CancelRequestAndWaitForReceiptAsync(CancelFunction cancelFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(cancelFunction, cancellationToken);
        }

        public Task<string> CancelRequestAsync(byte[] id)
        {
            var cancelFunction = new CancelFunction();
                cancelFunction.Id = id;

             return ContractHandler.SendRequestAsync(cancelFunction);
        }

        public Task<TransactionReceipt> CancelRequestAndWaitForReceiptAsync(byte[] id, CancellationTokenSource cancellationToken = null)
        {
            var cancelFunction = new CancelFunction();
                cancelFunction.Id = id;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(cancelFunction, cancellationToken);
        }

        public Task<string> ExecuteRequestAsync(ExecuteFunction executeFunction)
        {
             return ContractHandler.SendRequestAsync(executeFunction);
        }

        public Task<TransactionReceipt> ExecuteRequestAndWaitForReceiptAsync(ExecuteFunction executeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(executeFunction, cancellationToken);
        }

        public Task<string> ExecuteRequestAsync(string target, BigInteger value, byte[] payload, byte[] predecessor, byte[] salt)
        {
            var executeFunction = new ExecuteFunction();
                executeFunction.Target = target;
                executeFunction.Value = value;
                executeFunction.Payload = payload;
                executeFunction.Predecessor = predecessor;
                executeFunction.Salt = salt;

             return ContractHandler.SendRequestAsync(executeFunction);
        }

        public Task<TransactionReceipt> ExecuteRequestAndWaitForReceiptAsync(string target, BigInteger value, byte[] payload, byte[] predecessor, byte[] salt, CancellationTokenSource cancellationToken = null)
        {
            var executeFunction = new ExecuteFunction();
                executeFunction.Target = target;
                executeFunction.Value = value;
                executeFunction.Payload = payload;
                executeFunction.Predecessor = predecessor;
                executeFunction.Salt = salt;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(executeFunction, cancellationToken);
        }

        public Task<string> ExecuteBatchRequestAsync(ExecuteBatchFunction executeBatchFunction)
        {
             return ContractHandler.SendRequestAsync(executeBatchFunction);
        }

        public Task<TransactionReceipt> ExecuteBatchRequestAndWaitForReceiptAsync(ExecuteBatchFunction executeBatchFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(executeBatchFunction, cancellationToken);
        }

        public Task<string> ExecuteBatchRequestAsync(List<string> targets, List<BigInteger> values, List<byte[]> payloads, byte[] predecessor, byte[] salt)
        {
            var executeBatchFunction = new ExecuteBatchFunction();
                executeBatchFunction.Targets = targets;
                executeBatchFunction.Values = values;
                executeBatchFunction.Payloads = payloads;
                executeBatchFunction.Predecessor = predecessor;
                executeBatchFunction.Salt = salt;

             return ContractHandler.SendRequestAsync(executeBatchFunction);
        }

        public Task<TransactionReceipt> ExecuteBatchRequestAndWaitForReceiptAsync(List<string> targets, List<BigInteger> values, List<byte[]> payloads, byte[] predecessor, byte[] salt, CancellationTokenSource cancellationToken = null)
        {
            var executeBatchFunction = new ExecuteBatchFunction();
                executeBatchFunction.Targets = targets;
                executeBatchFunction.Values = values;
                executeBatchFunction.Payloads = payloads;
                executeBatchFunction.Predecessor = predecessor;
                executeBatchFunction.Salt = salt;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(executeBatchFunction, cancellationToken);
        }

        public Task<BigInteger> GetMinDelayQueryAsync(GetMinDelayFunction getMinDelayFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetMinDelayFunction, BigInteger>(getMinDelayFunction, blockParameter);
        }


        public Task<BigInteger> GetMinDelayQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetMinDelayFunction, BigInteger>(null, blockParameter);
        }

        public Task<byte> GetOperationStateQueryAsync(GetOperationStateFunction getOperationStateFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetOperationStateFunction, byte>(getOperationStateFunction, blockParameter);
        }


        public Task<byte> GetOperationStateQueryAsync(byte[] id, BlockParameter blockParameter = null)
        {
            var getOperationStateFunction = new GetOperationStateFunction();
                getOperationStateFunction.Id = id;

            return ContractHandler.QueryAsync<GetOperationStateFunction, byte>(getOperationStateFunction, blockParameter);
        }

        public Task<byte[]> GetRoleAdminQueryAsync(GetRoleAdminFunction getRoleAdminFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetRoleAdminFunction, byte[]>(getRoleAdminFunction, blockParameter);
        }


        public Task<byte[]> GetRoleAdminQueryAsync(byte[] role, BlockParameter blockParameter = null)
        {
            var getRoleAdminFunction = new GetRoleAdminFunction();
                getRoleAdminFunction.Role = role;

            return ContractHandler.QueryAsync<GetRoleAdminFunction, byte[]>(getRoleAdminFunction, blockParameter);
        }

        public Task<BigInteger> GetTimestampQueryAsync(GetTimestampFunction getTimestampFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetTimestampFunction, BigInteger>(getTimestampFunction, blockParameter);
        }


        public Task<BigInteger> GetTimestampQueryAsync(byte[] id, BlockParameter blockParameter = null)
        {
            var getTimestampFunction = new GetTimestampFunction();
                getTimestampFunction.Id = id;

            return ContractHandler.QueryAsync<GetTimestampFunction, BigInteger>(getTimestampFunction, blockParameter);
        }

        public Task<string> GrantRoleRequestAsync(GrantRoleFunction grantRoleFunction)
        {
             return ContractHandler.SendRequestAsync(grantRoleFunction);
        }

        public Task<TransactionReceipt> GrantRoleRequestAndWaitForReceiptAsync(GrantRoleFunction grantRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(grantRoleFunction, cancellationToken);
        }

        public Task<string> GrantRoleRequestAsync(byte[] role, string account)
        {
            var grantRoleFunction = new GrantRoleFunction();
                grantRoleFunction.Role = role;
                grantRoleFunction.Account = account;

             return ContractHandler.SendRequestAsync(grantRoleFunction);
        }

        public Task<TransactionReceipt> GrantRoleRequestAndWaitForReceiptAsync(byte[] role, string account, CancellationTokenSource cancellationToken = null)
        {
            var grantRoleFunction = new GrantRoleFunction();
                grantRoleFunction.Role = role;
                grantRoleFunction.Account = account;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(grantRoleFunction, cancellationToken);
        }

        public Task<bool> HasRoleQueryAsync(HasRoleFunction hasRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HasRoleFunction, bool>(hasRoleFunction, blockParameter);
        }


        public Task<bool> HasRoleQueryAsync(byte[] role, string account, BlockParameter blockParameter = null)
        {
            var hasRoleFunction = new HasRoleFunction();
                hasRoleFunction.Role = role;
                hasRoleFunction.Account = account;

            return ContractHandler.QueryAsync<HasRoleFunction, bool>(hasRoleFunction, blockParameter);
        }

        public Task<byte[]> HashOperationQueryAsync(HashOperationFunction hashOperationFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HashOperationFunction, byte[]>(hashOperationFunction, blockParameter);
        }


        public Task<byte[]> HashOperationQueryAsync(string target, BigInteger value, byte[] data, byte[] predecessor, byte[] salt, BlockParameter blockParameter = null)
        {
            var hashOperationFunction = new HashOperationFunction();
                hashOperationFunction.Target = target;
                hashOperationFunction.Value = value;
                hashOperationFunction.Data = data;
                hashOperationFunction.Predecessor = predecessor;
                hashOperationFunction.Salt = salt;

            return ContractHandler.QueryAsync<HashOperationFunction, byte[]>(hashOperationFunction, blockParameter);
        }

        public Task<byte[]> HashOperationBatchQueryAsync(HashOperationBatchFunction hashOperationBatchFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HashOperationBatchFunction, byte[]>(hashOperationBatchFunction, blockParameter);
        }


        public Task<byte[]> HashOperationBatchQueryAsync(List<string> targets, List<BigInteger> values, List<byte[]> payloads, byte[] predecessor, byte[] salt, BlockParameter blockParameter = null)
        {
            var hashOperationBatchFunction = new HashOperationBatchFunction();
                hashOperationBatchFunction.Targets = targets;
                hashOperationBatchFunction.Values = values;
                hashOperationBatchFunction.Payloads = payloads;
                hashOperationBatchFunction.Predecessor = predecessor;
                hashOperationBatchFunction.Salt = salt;

            return ContractHandler.QueryAsync<HashOperationBatchFunction, byte[]>(hashOperationBatchFunction, blockParameter);
        }

        public Task<bool> IsOperationQueryAsync(IsOperationFunction isOperationFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<IsOperationFunction, bool>(isOperationFunction, blockParameter);
        }


        public Task<bool> IsOperationQueryAsync(byte[] id, BlockParameter blockParameter = null)
        {
            var isOperationFunction = new IsOperationFunction();
                isOperationFunction.Id = id;

            return ContractHandler.QueryAsync<IsOperationFunction, bool>(isOperationFunction, blockParameter);
        }

        public Task<bool> IsOperationDoneQueryAsync(IsOperationDoneFunction isOperationDoneFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<IsOperationDoneFunction, bool>(isOperationDoneFunction, blockParameter);
        }


        public Task<bool> IsOperationDoneQueryAsync(byte[] id, BlockParameter blockParameter = null)
        {
            var isOperationDoneFunction = new IsOperationDoneFunction();
                isOperationDoneFunction.Id = id;

            return ContractHandler.QueryAsync<IsOperationDoneFunction, bool>(isOperationDoneFunction, blockParameter);
        }

        public Task<bool> IsOperationPendingQueryAsync(IsOperationPendingFunction isOperationPendingFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<IsOperationPendingFunction, bool>(isOperationPendingFunction, blockParameter);
        }


        public Task<bool> IsOperationPendingQueryAsync(byte[] id, BlockParameter blockParameter = null)
        {
            var isOperationPendingFunction = new IsOperationPendingFunction();
                isOperationPendingFunction.Id = id;

            return ContractHandler.QueryAsync<IsOperationPendingFunction, bool>(isOperationPendingFunction, blockParameter);
        }

        public Task<bool> IsOperationReadyQueryAsync(IsOperationReadyFunction isOperationReadyFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<IsOperationReadyFunction, bool>(isOperationReadyFunction, blockParameter);
        }


        public Task<bool> IsOperationReadyQueryAsync(byte[] id, BlockParameter blockParameter = null)
        {
            var isOperationReadyFunction = new IsOperationReadyFunction();
                isOperationReadyFunction.Id = id;

            return ContractHandler.QueryAsync<IsOperationReadyFunction, bool>(isOperationReadyFunction, blockParameter);
        }

        public Task<string> OnERC1155BatchReceivedRequestAsync(OnERC1155BatchReceivedFunction onERC1155BatchReceivedFunction)
        {
             return ContractHandler.SendRequestAsync(onERC1155BatchReceivedFunction);
        }

        public Task<TransactionReceipt> OnERC1155BatchReceivedRequestAndWaitForReceiptAsync(OnERC1155BatchReceivedFunction onERC1155BatchReceivedFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onERC1155BatchReceivedFunction, cancellationToken);
        }

        public Task<string> OnERC1155BatchReceivedRequestAsync(string returnValue1, string returnValue2, List<BigInteger> returnValue3, List<BigInteger> returnValue4, byte[] returnValue5)
        {
            var onERC1155BatchReceivedFunction = new OnERC1155BatchReceivedFunction();
                onERC1155BatchReceivedFunction.ReturnValue1 = returnValue1;
                onERC1155BatchReceivedFunction.ReturnValue2 = returnValue2;
                onERC1155BatchReceivedFunction.ReturnValue3 = returnValue3;
                onERC1155BatchReceivedFunction.ReturnValue4 = returnValue4;
                onERC1155BatchReceivedFunction.ReturnValue5 = returnValue5;

             return ContractHandler.SendRequestAsync(onERC1155BatchReceivedFunction);
        }

        public Task<TransactionReceipt> OnERC1155BatchReceivedRequestAndWaitForReceiptAsync(string returnValue1, string returnValue2, List<BigInteger> returnValue3, List<BigInteger> returnValue4, byte[] returnValue5, CancellationTokenSource cancellationToken = null)
        {
            var onERC1155BatchReceivedFunction = new OnERC1155BatchReceivedFunction();
                onERC1155BatchReceivedFunction.ReturnValue1 = returnValue1;
                onERC1155BatchReceivedFunction.ReturnValue2 = returnValue2;
                onERC1155BatchReceivedFunction.ReturnValue3 = returnValue3;
                onERC1155BatchReceivedFunction.ReturnValue4 = returnValue4;
                onERC1155BatchReceivedFunction.ReturnValue5 = returnValue5;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(onERC1155BatchReceivedFunction, cancellationToken);
        }

        public Task<string> OnERC1155ReceivedRequestAsync(OnERC1155ReceivedFunction onERC1155ReceivedFunction)
        {
             return ContractHandler.SendRequestAsync(onERC1155ReceivedFunction);
        }

        public Task<TransactionReceipt> OnERC1155ReceivedRequestAndWaitForReceiptAsync(OnERC1155ReceivedFunction onERC1155ReceivedFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onERC1155ReceivedFunction, cancellationToken);
        }

        public Task<string> OnERC1155ReceivedRequestAsync(string returnValue1, string returnValue2, BigInteger returnValue3, BigInteger returnValue4, byte[] returnValue5)
        {
            var onERC1155ReceivedFunction = new OnERC1155ReceivedFunction();
                onERC1155ReceivedFunction.ReturnValue1 = returnValue1;
                onERC1155ReceivedFunction.ReturnValue2 = returnValue2;
                onERC1155ReceivedFunction.ReturnValue3 = returnValue3;
                onERC1155ReceivedFunction.ReturnValue4 = returnValue4;
                onERC1155ReceivedFunction.ReturnValue5 = returnValue5;

             return ContractHandler.SendRequestAsync(onERC1155ReceivedFunction);
        }

        public Task<TransactionReceipt> OnERC1155ReceivedRequestAndWaitForReceiptAsync(string returnValue1, string returnValue2, BigInteger returnValue3, BigInteger returnValue4, byte[] returnValue5, CancellationTokenSource cancellationToken = null)
        {
            var onERC1155ReceivedFunction = new OnERC1155ReceivedFunction();
                onERC1155ReceivedFunction.ReturnValue1 = returnValue1;
                onERC1155ReceivedFunction.ReturnValue2 = returnValue2;
                onERC1155ReceivedFunction.ReturnValue3 = returnValue3;
                onERC1155ReceivedFunction.ReturnValue4 = returnValue4;
                onERC1155ReceivedFunction.ReturnValue5 = returnValue5;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(onERC1155ReceivedFunction, cancellationToken);
        }

        public Task<string> OnERC721ReceivedRequestAsync(OnERC721ReceivedFunction onERC721ReceivedFunction)
        {
             return ContractHandler.SendRequestAsync(onERC721ReceivedFunction);
        }

        public Task<TransactionReceipt> OnERC721ReceivedRequestAndWaitForReceiptAsync(OnERC721ReceivedFunction onERC721ReceivedFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onERC721ReceivedFunction, cancellationToken);
        }

        public Task<string> OnERC721ReceivedRequestAsync(string returnValue1, string returnValue2, BigInteger returnValue3, byte[] returnValue4)
        {
            var onERC721ReceivedFunction = new OnERC721ReceivedFunction();
                onERC721ReceivedFunction.ReturnValue1 = returnValue1;
                onERC721ReceivedFunction.ReturnValue2 = returnValue2;
                onERC721ReceivedFunction.ReturnValue3 = returnValue3;
                onERC721ReceivedFunction.ReturnValue4 = returnValue4;

             return ContractHandler.SendRequestAsync(onERC721ReceivedFunction);
        }

        public Task<TransactionReceipt> OnERC721ReceivedRequestAndWaitForReceiptAsync(string returnValue1, string returnValue2, BigInteger returnValue3, byte[] returnValue4, CancellationTokenSource cancellationToken = null)
        {
            var onERC721ReceivedFunction = new OnERC721ReceivedFunction();
                onERC721ReceivedFunction.ReturnValue1 = returnValue1;
                onERC721ReceivedFunction.ReturnValue2 = returnValue2;
                onERC721ReceivedFunction.ReturnValue3 = returnValue3;
                onERC721ReceivedFunction.ReturnValue4 = returnValue4;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(onERC721ReceivedFunction, cancellationToken);
        }

        public Task<string> RenounceRoleRequestAsync(RenounceRoleFunction renounceRoleFunction)
        {
             return ContractHandler.SendRequestAsync(renounceRoleFunction);
        }

        public Task<TransactionReceipt> RenounceRoleRequestAndWaitForReceiptAsync(RenounceRoleFunction renounceRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceRoleFunction, cancellationToken);
        }

        public Task<string> RenounceRoleRequestAsync(byte[] role, string callerConfirmation)
        {
            var renounceRoleFunction = new RenounceRoleFunction();
                renounceRoleFunction.Role = role;
                renounceRoleFunction.CallerConfirmation = callerConfirmation;

             return ContractHandler.SendRequestAsync(renounceRoleFunction);
        }

        public Task<TransactionReceipt> RenounceRoleRequestAndWaitForReceiptAsync(byte[] role, string callerConfirmation, CancellationTokenSource cancellationToken = null)
        {
            var renounceRoleFunction = new RenounceRoleFunction();
                renounceRoleFunction.Role = role;
                renounceRoleFunction.CallerConfirmation = callerConfirmation;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceRoleFunction, cancellationToken);
        }

        public Task<string> RevokeRoleRequestAsync(RevokeRoleFunction revokeRoleFunction)
        {
             return ContractHandler.SendRequestAsync(revokeRoleFunction);
        }

        public Task<TransactionReceipt> RevokeRoleRequestAndWaitForReceiptAsync(RevokeRoleFunction revokeRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeRoleFunction, cancellationToken);
        }

        public Task<string> RevokeRoleRequestAsync(byte[] role, string account)
        {
            var revokeRoleFunction = new RevokeRoleFunction();
                revokeRoleFunction.Role = role;
                revokeRoleFunction.Account = account;

             return ContractHandler.SendRequestAsync(revokeRoleFunction);
        }

        public Task<TransactionReceipt> RevokeRoleRequestAndWaitForReceiptAsync(byte[] role, string account, CancellationTokenSource cancellationToken = null)
        {
            var revokeRoleFunction = new RevokeRoleFunction();
                revokeRoleFunction.Role = role;
                revokeRoleFunction.Account = account;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeRoleFunction, cancellationToken);
        }

        public Task<string> ScheduleRequestAsync(ScheduleFunction scheduleFunction)
        {
             return ContractHandler.SendRequestAsync(scheduleFunction);
        }

        public Task<TransactionReceipt> ScheduleRequestAndWaitForReceiptAsync(ScheduleFunction scheduleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(scheduleFunction, cancellationToken);
        }

        public Task<string> ScheduleRequestAsync(string target, BigInteger value, byte[] data, byte[] predecessor, byte[] salt, BigInteger delay)
        {
            var scheduleFunction = new ScheduleFunction();
                scheduleFunction.Target = target;
                scheduleFunction.Value = value;
                scheduleFunction.Data = data;
                scheduleFunction.Predecessor = predecessor;
                scheduleFunction.Salt = salt;
                scheduleFunction.Delay = delay;

             return ContractHandler.SendRequestAsync(scheduleFunction);
        }

        public Task<TransactionReceipt> ScheduleRequestAndWaitForReceiptAsync(string target, BigInteger value, byte[] data, byte[] predecessor, byte[] salt, BigInteger delay, CancellationTokenSource cancellationToken = null)
        {
            var scheduleFunction = new ScheduleFunction();
                scheduleFunction.Target = target;
                scheduleFunction.Value = value;
                scheduleFunction.Data = data;
                scheduleFunction.Predecessor = predecessor;
                scheduleFunction.Salt = salt;
                scheduleFunction.Delay = delay;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(scheduleFunction, cancellationToken);
        }

        public Task<string> ScheduleBatchRequestAsync(ScheduleBatchFunction scheduleBatchFunction)
        {
             return ContractHandler.SendRequestAsync(scheduleBatchFunction);
        }

        public Task<TransactionReceipt> ScheduleBatchRequestAndWaitForReceiptAsync(ScheduleBatchFunction scheduleBatchFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(scheduleBatchFunction, cancellationToken);
        }

        public Task<string> ScheduleBatchRequestAsync(List<string> targets, List<BigInteger> values, List<byte[]> payloads, byte[] predecessor, byte[] salt, BigInteger delay)
        {
            var scheduleBatchFunction = new ScheduleBatchFunction();
                scheduleBatchFunction.Targets = targets;
                scheduleBatchFunction.Values = values;
                scheduleBatchFunction.Payloads = payloads;
                scheduleBatchFunction.Predecessor = predecessor;
                scheduleBatchFunction.Salt = salt;
                scheduleBatchFunction.Delay = delay;

             return ContractHandler.SendRequestAsync(scheduleBatchFunction);
        }

        public Task<TransactionReceipt> ScheduleBatchRequestAndWaitForReceiptAsync(List<string> targets, List<BigInteger> values, List<byte[]> payloads, byte[] predecessor, byte[] salt, BigInteger delay, CancellationTokenSource cancellationToken = null)
        {
            var scheduleBatchFunction = new ScheduleBatchFunction();
                scheduleBatchFunction.Targets = targets;
                scheduleBatchFunction.Values = values;
                scheduleBatchFunction.Payloads = payloads;
                scheduleBatchFunction.Predecessor = predecessor;
                scheduleBatchFunction.Salt = salt;
                scheduleBatchFunction.Delay = delay;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(scheduleBatchFunction, cancellationToken);
        }

        public Task<bool> SupportsInterfaceQueryAsync(SupportsInterfaceFunction supportsInterfaceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }


        public Task<bool> SupportsInterfaceQueryAsync(byte[] interfaceId, BlockParameter blockParameter = null)
        {
            var supportsInterfaceFunction = new SupportsInterfaceFunction();
                supportsInterfaceFunction.InterfaceId = interfaceId;

            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }

        public Task<string> UpdateDelayRequestAsync(UpdateDelayFunction updateDelayFunction)
        {
             return ContractHandler.SendRequestAsync(updateDelayFunction);
        }

        public Task<TransactionReceipt> UpdateDelayRequestAndWaitForReceiptAsync(UpdateDelayFunction updateDelayFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(updateDelayFunction, cancellationToken);
        }

        public Task<string> UpdateDelayRequestAsync(BigInteger newDelay)
        {
            var updateDelayFunction = new UpdateDelayFunction();
                updateDelayFunction.NewDelay = newDelay;

             return ContractHandler.SendRequestAsync(updateDelayFunction);
        }

        public Task<TransactionReceipt> UpdateDelayRequestAndWaitForReceiptAsync(BigInteger newDelay, CancellationTokenSource cancellationToken = null)
        {
            var updateDelayFunction = new UpdateDelayFunction();
                updateDelayFunction.NewDelay = newDelay;

             return ContractHandler.SendRequestAndWaitForReceiptAsync(updateDelayFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(CancellerRoleFunction),
                typeof(DefaultAdminRoleFunction),
                typeof(ExecutorRoleFunction),
                typeof(ProposerRoleFunction),
                typeof(CancelFunction),
                typeof(ExecuteFunction),
                typeof(ExecuteBatchFunction),
                typeof(GetMinDelayFunction),
                typeof(GetOperationStateFunction),
                typeof(GetRoleAdminFunction),
                typeof(GetTimestampFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(HashOperationFunction),
                typeof(HashOperationBatchFunction),
                typeof(IsOperationFunction),
                typeof(IsOperationDoneFunction),
                typeof(IsOperationPendingFunction),
                typeof(IsOperationReadyFunction),
                typeof(OnERC1155BatchReceivedFunction),
                typeof(OnERC1155ReceivedFunction),
                typeof(OnERC721ReceivedFunction),
                typeof(RenounceRoleFunction),
                typeof(RevokeRoleFunction),
                typeof(ScheduleFunction),
                typeof(ScheduleBatchFunction),
                typeof(SupportsInterfaceFunction),
                typeof(UpdateDelayFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(CallExecutedEventDTO),
                typeof(CallSaltEventDTO),
                typeof(CallScheduledEventDTO),
                typeof(CancelledEventDTO),
                typeof(MinDelayChangeEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(FailedCallError),
                typeof(TimelockInsufficientDelayError),
                typeof(TimelockInvalidOperationLengthError),
                typeof(TimelockUnauthorizedCallerError),
                typeof(TimelockUnexecutedPredecessorError),
                typeof(TimelockUnexpectedOperationStateError)
            };
        }
    }
}
