using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts;
using System.Threading;

namespace EmissionsDao.Chain.Contracts.Generated.SortitionSumTree.ContractDefinition
{


    public partial class SortitionSumTreeDeployment : SortitionSumTreeDeploymentBase
    {
        public SortitionSumTreeDeployment() : base(BYTECODE) { }
        public SortitionSumTreeDeployment(string byteCode) : base(byteCode) { }
    }

    public class SortitionSumTreeDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60556032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffdfea264697066735822122019105c41773c8b6b0ef04ea08a22e43a10b2fe1f96ba2ad23717ada48d9c845e64736f6c63430008250033";
        public SortitionSumTreeDeploymentBase() : base(BYTECODE) { }
        public SortitionSumTreeDeploymentBase(string byteCode) : base(byteCode) { }

    }
}
