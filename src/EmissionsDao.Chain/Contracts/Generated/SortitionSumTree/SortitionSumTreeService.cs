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
using EmissionsDao.Chain.Contracts.Generated.SortitionSumTree.ContractDefinition;

namespace EmissionsDao.Chain.Contracts.Generated.SortitionSumTree
{
    public partial class SortitionSumTreeService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, SortitionSumTreeDeployment sortitionSumTreeDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<SortitionSumTreeDeployment>().SendRequestAndWaitForReceiptAsync(sortitionSumTreeDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, SortitionSumTreeDeployment sortitionSumTreeDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<SortitionSumTreeDeployment>().SendRequestAsync(sortitionSumTreeDeployment);
        }

        public static async Task<SortitionSumTreeService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, SortitionSumTreeDeployment sortitionSumTreeDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, sortitionSumTreeDeployment, cancellationTokenSource);
            return new SortitionSumTreeService(web3, receipt.ContractAddress);
        }

        public SortitionSumTreeService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {

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
