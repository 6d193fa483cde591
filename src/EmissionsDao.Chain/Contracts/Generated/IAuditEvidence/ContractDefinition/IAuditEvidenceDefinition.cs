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

    public partial class OwnerAndSubjectOfFunction : OwnerAndSubjectOfFunctionBase { }

    [Function("ownerAndSubjectOf", typeof(OwnerAndSubjectOfOutputDTO))]
    public class OwnerAndSubjectOfFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "requestId", 1)]
        public virtual BigInteger RequestId { get; set; }
    }

    public partial class SubjectOfFunction : SubjectOfFunctionBase { }

    [Function("subjectOf", "bytes32")]
    public class SubjectOfFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "requestId", 1)]
        public virtual BigInteger RequestId { get; set; }
    }

    public partial class EvidenceOfOutputDTO : EvidenceOfOutputDTOBase { }

    [FunctionOutput]
    public class EvidenceOfOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bytes32", "factorSetHash", 1)]
        public virtual byte[] FactorSetHash { get; set; }
        [Parameter("address[]", "auditors", 2)]
        public virtual List<string> Auditors { get; set; }
    }

    public partial class OwnerAndSubjectOfOutputDTO : OwnerAndSubjectOfOutputDTOBase { }

    [FunctionOutput]
    public class OwnerAndSubjectOfOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("bytes32", "subjectKey", 2)]
        public virtual byte[] SubjectKey { get; set; }
    }

    public partial class SubjectOfOutputDTO : SubjectOfOutputDTOBase { }

    [FunctionOutput]
    public class SubjectOfOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }
}
