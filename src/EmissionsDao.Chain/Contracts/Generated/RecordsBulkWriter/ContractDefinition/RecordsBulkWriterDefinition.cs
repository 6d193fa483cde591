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
        public static string BYTECODE = "0x60a0604052348015600e575f5ffd5b506040516103c73803806103c7833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516103436100845f395f818160a0015261015001526103435ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80633068d2ec1461003857806372cd5bc11461005d575b5f5ffd5b61004b6100463660046101f4565b610070565b60405190815260200160405180910390f35b61004b61006b36600461022c565b610137565b805f5b8381101561012e575f610086828761026d565b604051633721d67d60e21b81529091506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063dc8759f4906100e39033908b90869081906103e8905f908c9060040161029b565b6020604051808303815f875af11580156100ff573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061012391906102f6565b925050600101610073565b50949350505050565b604051633721d67d60e21b81525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063dc8759f4906101939033908990899089906103e89089908b9060040161029b565b6020604051808303815f875af11580156101af573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101d391906102f6565b95945050505050565b803563ffffffff811681146101ef575f5ffd5b919050565b5f5f5f5f60808587031215610207575f5ffd5b84359350610217602086016101dc565b93969395505050506040820135916060013590565b5f5f5f5f6080858703121561023f575f5ffd5b8435935061024f602086016101dc565b925061025d604086016101dc565b9396929550929360600135925050565b63ffffffff818116838216019081111561029557634e487b7160e01b5f52601160045260245ffd5b92915050565b6001600160a01b03979097168752602087019590955263ffffffff93841660408701529190921660608501526bffffffffffffffffffffffff909116608084015267ffffffffffffffff1660a083015260c082015260e00190565b5f60208284031215610306575f5ffd5b505191905056fea26469706673582212204f8c363c516902e6e6acfb0f1f8099ea539d7d7c94402c4aa8bc1060de70d68764736f6c63430008250033";
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




}
