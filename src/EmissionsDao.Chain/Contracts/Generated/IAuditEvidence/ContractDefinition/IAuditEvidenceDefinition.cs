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

namespace EmissionsDao.Chain.Contracts.Generated.IAuditEvidence.ContractDefinition
{


    public partial class IAuditEvidenceDeployment : IAuditEvidenceDeploymentBase
    {
        public IAuditEvidenceDeployment() : base(BYTECODE) { }
        public IAuditEvidenceDeployment(string byteCode) : base(byteCode) { }
    }

    public class IAuditEvidenceDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x";
        public IAuditEvidenceDeploymentBase() : base(BYTECODE) { }
        public IAuditEvidenceDeploymentBase(string byteCode) : base(byteCode) { }

    }

    public partial class EvidenceOfFunction : EvidenceOfFunctionBase { }

    [Function("evidenceOf", typeof(EvidenceOfOutputDTO))]
    public class EvidenceOfFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "requestId", 1)]
        public virtual BigInteger RequestId { get; set; }
    }

    public partial class EvidenceOfOutputDTO : EvidenceOfOutputDTOBase { }

    [FunctionOutput]
    public class EvidenceOfOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bytes32", "activityHash", 1)]
        public virtual byte[] ActivityHash { get; set; }
        [Parameter("bytes32", "factorSetHash", 2)]
        public virtual byte[] FactorSetHash { get; set; }
        [Parameter("address[]", "auditors", 3)]
        public virtual List<string> Auditors { get; set; }
    }
}
