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

namespace EmissionsDao.Chain.Contracts.Generated.RecordsBulkWriter.ContractDefinition
{


    public partial class RecordsBulkWriterDeployment : RecordsBulkWriterDeploymentBase
    {
        public RecordsBulkWriterDeployment() : base(BYTECODE) { }
        public RecordsBulkWriterDeployment(string byteCode) : base(byteCode) { }
    }

    public class RecordsBulkWriterDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60a0604052348015600e575f5ffd5b50604051610520380380610520833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b60805161049b6100855f395f818161012f01526101ed015261049b5ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c80633068d2ec1461005957806338a1a84a1461007f57806372cd5bc114610093578063ddbabe46146100a6578063e26fea1d146100da575b5f5ffd5b61006c6100673660046102c9565b6100fe565b6040519081526020015b60405180910390f35b61006c61008d366004610301565b505f5490565b61006c6100a1366004610318565b6101e1565b6100bb6100b4366004610301565b505f543091565b604080516001600160a01b039093168352602083019190915201610076565b6100f06100e8366004610301565b5f6060915091565b604051610076929190610359565b5f610108856102a1565b5060015481905f5b848110156101d5575f61012382886103c3565b90506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016633d4947e4338a84806103e86101648a6103e5565b9950898b6040518863ffffffff1660e01b815260040161018a97969594939291906103fd565b6020604051808303815f875af11580156101a6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101ca919061044e565b935050600101610110565b50600155949350505050565b5f6101eb856102a1565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633d4947e4338787876103e860015f815461022f906103e5565b919050819055896040518863ffffffff1660e01b815260040161025897969594939291906103fd565b6020604051808303815f875af1158015610274573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610298919061044e565b95945050505050565b805f54146102ae575f8190555b50565b803563ffffffff811681146102c4575f5ffd5b919050565b5f5f5f5f608085870312156102dc575f5ffd5b843593506102ec602086016102b1565b93969395505050506040820135916060013590565b5f60208284031215610311575f5ffd5b5035919050565b5f5f5f5f6080858703121561032b575f5ffd5b8435935061033b602086016102b1565b9250610349604086016102b1565b9396929550929360600135925050565b5f60408201848352604060208401528084518083526060850191506020860192505f5b818110156103a35783516001600160a01b031683526020938401939092019160010161037c565b50909695505050505050565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff81811683821601908111156103df576103df6103af565b92915050565b5f600182016103f6576103f66103af565b5060010190565b6001600160a01b03979097168752602087019590955263ffffffff93841660408701529190921660608501526bffffffffffffffffffffffff909116608084015260a083015260c082015260e00190565b5f6020828403121561045e575f5ffd5b505191905056fea26469706673582212202847f46a1e09f19496b839f66611ce9625f254121c39a1fe99b28ecd9874963e64736f6c63430008250033";
        public RecordsBulkWriterDeploymentBase() : base(BYTECODE) { }
        public RecordsBulkWriterDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "_emissionsRecords", 1)]
        public virtual string EmissionsRecords { get; set; }
    }

    public partial class AppendDaysFunction : AppendDaysFunctionBase { }

    [Function("appendDays", "uint256")]
    public class AppendDaysFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "subjectKey", 1)]
        public virtual byte[] SubjectKey { get; set; }
        [Parameter("uint32", "firstDay", 2)]
        public virtual uint FirstDay { get; set; }
        [Parameter("uint256", "count", 3)]
        public virtual BigInteger Count { get; set; }
        [Parameter("uint256", "predecessorId", 4)]
        public virtual BigInteger PredecessorId { get; set; }
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

    public partial class WriteOneFunction : WriteOneFunctionBase { }

    [Function("writeOne", "uint256")]
    public class WriteOneFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "subjectKey", 1)]
        public virtual byte[] SubjectKey { get; set; }
        [Parameter("uint32", "startDay", 2)]
        public virtual uint StartDay { get; set; }
        [Parameter("uint32", "endDay", 3)]
        public virtual uint EndDay { get; set; }
        [Parameter("uint256", "predecessorHint", 4)]
        public virtual BigInteger PredecessorHint { get; set; }
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
