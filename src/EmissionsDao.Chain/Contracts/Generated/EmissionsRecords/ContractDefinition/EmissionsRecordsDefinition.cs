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

namespace EmissionsDao.Chain.Contracts.Generated.EmissionsRecords.ContractDefinition
{


    public partial class EmissionsRecordsDeployment : EmissionsRecordsDeploymentBase
    {
        public EmissionsRecordsDeployment() : base(BYTECODE) { }
        public EmissionsRecordsDeployment(string byteCode) : base(byteCode) { }
    }

    public class EmissionsRecordsDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60a0604052348015600e575f5ffd5b503360805260805161147361002b5f395f6105da01526114735ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c806365c7d79d1161006357806365c7d79d146101135780638b2f53691461013a578063ab0703341461015f578063b05a6b5e14610172578063d1ec9f1414610185575f5ffd5b80631683c613146100945780631c54fd9f146100bd5780633d4947e4146100d257806355d742e4146100f3575b5f5ffd5b6100a76100a2366004610f83565b610198565b6040516100b49190610fc2565b60405180910390f35b6100d06100cb366004611075565b610246565b005b6100e56100e03660046110ec565b6103cd565b6040519081526020016100b4565b610106610101366004611168565b6103ff565b6040516100b491906111c2565b6100e5610121366004611168565b5f9081526003602052604090205465ffffffffffff1690565b5f54600154604080516001600160a01b039384168152929091166020830152016100b4565b6100e561016d3660046110ec565b61058d565b6100d0610180366004611277565b6105a9565b6100d06101933660046112b8565b6105cf565b60608167ffffffffffffffff8111156101b3576101b36112ef565b6040519080825280602002602001820160405280156101ec57816020015b6101d9610ee0565b8152602001906001900390816101d15790505b5090505f5b8281101561023f5761021a84848381811061020e5761020e611303565b905060200201356106eb565b82828151811061022c5761022c611303565b60209081029190910101526001016101f1565b5092915050565b6001546001600160a01b0316331461027857604051630708e3d360e21b81523360048201526024015b60405180910390fd5b5f5b828110156103c7575f60025f86868581811061029857610298611303565b9050602002013581526020019081526020015f209050805f01601f9054906101000a900460ff166102f8578484838181106102d5576102d5611303565b90506020020135604051632d82261160e21b815260040161026f91815260200190565b8054600160d01b900464ffffffffff161561035a5784848381811061031f5761031f611303565b8354604051630e8cec9b60e41b8152602092909202909301356004820152600160d01b90920464ffffffffff1660248301525060440161026f565b805464ffffffffff60d01b1916600160d01b64ffffffffff8516021781558285858481811061038b5761038b611303565b905060200201357fe19269729b4c51f9b4b56e3ef05b1c1a505cc1321037ef343c492b21b85bf06960405160405180910390a35060010161027a565b50505050565b5f5f6103de89898989898989610866565b905080156103ef576103ef81610b29565b839150505b979650505050505050565b6104676040518061016001604052805f81526020015f6001600160a01b031681526020015f81526020015f63ffffffff1681526020015f63ffffffff1681526020015f81526020015f81526020015f81526020015f81526020015f8152602001606081525090565b5f610471836106eb565b80519091506001600160a01b031661049f57604051632d82261160e21b81526004810184905260240161026f565b82825280516001600160a01b039081166020808501919091526080808401516040808701919091529184015163ffffffff908116606080880191909152838601519091169186019190915260a0808501516001600160601b03169086015260c0850186905283015160e0808601919091528301516101008501525f54905163e26fea1d60e01b81526004810186905291169063e26fea1d906024015f60405180830381865afa158015610554573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261057b9190810190611322565b61014084015261012083015250919050565b5f61059d88888888888888610866565b98975050505050505050565b5f6105b685858585610bd7565b91505080156105c8576105c881610b29565b5050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461061a5760405163bd17e12960e01b815233600482015260240161026f565b5f546001600160a01b0316156106435760405163682a906560e01b815260040160405180910390fd5b6001600160a01b038216158061066057506001600160a01b038116155b1561067e5760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b038481166001600160a01b03199283168117909355600180549185169190921681179091556040805192835260208301919091527f185dda147979609d36049eed538747c44746d2f068221927ed6f15658a213d47910160405180910390a15050565b6106f3610ee0565b5f82815260026020908152604091829020825160c08101845290546001600160601b038116825263ffffffff600160601b8204811693830193909352600160801b81049092169281019290925265ffffffffffff600160a01b820416606083015264ffffffffff600160d01b820416608083015260ff600160f81b90910416151560a082018190526107855750919050565b5f54604051636edd5f2360e11b8152600481018590526001600160a01b039091169063ddbabe46906024016040805180830381865afa1580156107ca573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107ee91906113fa565b6080808501919091526001600160a01b03909116835260208083015163ffffffff908116918501919091526040808401519091169084015281015164ffffffffff1660608084019190915281516001600160601b031660a084015260c0830193909352919091015165ffffffffffff1660e082015290565b5f80546001600160a01b031633146108935760405163318d14a560e11b815233600482015260240161026f565b5f6108a088888886610bd7565b9250905081156108b057506103f4565b5f8481526002602052604090208415806108ce575064ffffffffff85115b806108e157508054600160f81b900460ff165b1561090257604051630325e36b60e41b81526004810186905260240161026f565b6040518060c00160405280876001600160601b031681526020018963ffffffff1681526020018863ffffffff1681526020018365ffffffffffff1681526020015f64ffffffffff1681526020016001151581525060025f8781526020019081526020015f205f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160106101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f0160146101000a81548165ffffffffffff021916908365ffffffffffff1602179055506080820151815f01601a6101000a81548164ffffffffff021916908364ffffffffff16021790555060a0820151815f01601f6101000a81548160ff021916908315150217905550905050835f03610a81575f898152600360205260409020805465ffffffffffff191665ffffffffffff8716179055610aaf565b5f848152600260205260409020805465ffffffffffff60a01b1916600160a01b65ffffffffffff8816021790555b6040805163ffffffff8a81168252891660208201526001600160601b03881681830152606081018790526080810186905290516001600160a01b038c16918b9188917fb348ca9e42f9d314454a05b79b7984036b7b9e1a72af8f00bc91d3ddd54f1a30919081900360a00190a45050979650505050505050565b5f81815260026020908152604091829020825160c08101845290546001600160601b0381168252600160601b810463ffffffff908116938301849052600160801b820416828501819052600160a01b820465ffffffffffff166060840152600160d01b820464ffffffffff166080840152600160f81b90910460ff16151560a0830152925163a5c4294b60e01b8152600481018590526024810192909252604482019290925260640161026f565b5f5f8363ffffffff168563ffffffff161115610c1657604051633c4bae1960e21b815263ffffffff80871660048301528516602482015260440161026f565b825f03610c3a575f8681526003602052604090205465ffffffffffff169150610dd1565b5f83815260026020908152604091829020825160c08101845290546001600160601b038116825263ffffffff600160601b8204811693830193909352600160801b81049092169281019290925265ffffffffffff600160a01b820416606083015264ffffffffff600160d01b820416608083015260ff600160f81b9091041615801560a083015280610d3457505f54604051631c50d42560e11b81526004810186905288916001600160a01b0316906338a1a84a90602401602060405180830381865afa158015610d0d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d319190611426565b14155b15610d5557604051631b118f0360e11b81526004810185905260240161026f565b8463ffffffff16816020015163ffffffff1611158015610d8557508563ffffffff16816040015163ffffffff1610155b15610d96575f849250925050610ed7565b8463ffffffff16816020015163ffffffff161115610dca57604051631b118f0360e11b81526004810185905260240161026f565b6060015191505b65ffffffffffff821615610ed75765ffffffffffff8281165f90815260026020908152604091829020825160c08101845290546001600160601b0381168252600160601b810463ffffffff908116938301849052600160801b8204811694830194909452600160a01b81049094166060820152600160d01b840464ffffffffff166080820152600160f81b90930460ff16151560a084015290861610801590610e8a57508563ffffffff16816040015163ffffffff1610155b15610ea157505f9165ffffffffffff169050610ed7565b8563ffffffff16816040015163ffffffff161015610ed557604051631b118f0360e11b81526004810185905260240161026f565b505b94509492505050565b6040518061010001604052805f6001600160a01b031681526020015f63ffffffff1681526020015f63ffffffff1681526020015f81526020015f81526020015f6001600160601b031681526020015f81526020015f81525090565b5f5f83601f840112610f4b575f5ffd5b50813567ffffffffffffffff811115610f62575f5ffd5b6020830191508360208260051b8501011115610f7c575f5ffd5b9250929050565b5f5f60208385031215610f94575f5ffd5b823567ffffffffffffffff811115610faa575f5ffd5b610fb685828601610f3b565b90969095509350505050565b602080825282518282018190525f918401906040840190835b8181101561106a57835160018060a01b03815116845263ffffffff602082015116602085015263ffffffff6040820151166040850152606081015160608501526080810151608085015260a081015161103f60a08601826001600160601b03169052565b5060c0818101519085015260e090810151908401526020939093019261010090920191600101610fdb565b509095945050505050565b5f5f5f60408486031215611087575f5ffd5b833567ffffffffffffffff81111561109d575f5ffd5b6110a986828701610f3b565b909790965060209590950135949350505050565b6001600160a01b03811681146110d1575f5ffd5b50565b803563ffffffff811681146110e7575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a031215611102575f5ffd5b873561110d816110bd565b965060208801359550611122604089016110d4565b9450611130606089016110d4565b935060808801356001600160601b038116811461114b575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f60208284031215611178575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b828110156111b85781516001600160a01b0316865260209586019590910190600101611191565b5093949350505050565b60208152815160208201525f60208301516111e860408401826001600160a01b03169052565b5060408301516060830152606083015161120a608084018263ffffffff169052565b50608083015163ffffffff811660a08401525060a083015160c083015260c083015160e083015260e08301516101008301526101008301516101208301526101208301516101408301526101408301516101608084015261126f61018084018261117f565b949350505050565b5f5f5f5f6080858703121561128a575f5ffd5b8435935061129a602086016110d4565b92506112a8604086016110d4565b9396929550929360600135925050565b5f5f604083850312156112c9575f5ffd5b82356112d4816110bd565b915060208301356112e4816110bd565b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b80516110e7816110bd565b5f5f60408385031215611333575f5ffd5b8251602084015190925067ffffffffffffffff811115611351575f5ffd5b8301601f81018513611361575f5ffd5b805167ffffffffffffffff81111561137b5761137b6112ef565b8060051b604051601f19603f830116810181811067ffffffffffffffff821117156113a8576113a86112ef565b6040529182526020818401810192908101888411156113c5575f5ffd5b6020850194505b838510156113eb576113dd85611317565b8152602094850194016113cc565b50809450505050509250929050565b5f5f6040838503121561140b575f5ffd5b8251611416816110bd565b6020939093015192949293505050565b5f60208284031215611436575f5ffd5b505191905056fea2646970667358221220b8a813ebe82430e8f20147424fd054c73b7c01e5595740f1f47c9757948d9ea764736f6c63430008250033";
        public EmissionsRecordsDeploymentBase() : base(BYTECODE) { }
        public EmissionsRecordsDeploymentBase(string byteCode) : base(byteCode) { }

    }

    public partial class BindFunction : BindFunctionBase { }

    [Function("bind")]
    public class BindFunctionBase : FunctionMessage
    {
        [Parameter("address", "registry", 1)]
        public virtual string Registry { get; set; }
        [Parameter("address", "tokens", 2)]
        public virtual string Tokens { get; set; }
    }

    public partial class CoreRecordsOfFunction : CoreRecordsOfFunctionBase { }

    [Function("coreRecordsOf", typeof(CoreRecordsOfOutputDTO))]
    public class CoreRecordsOfFunctionBase : FunctionMessage
    {
        [Parameter("uint256[]", "recordIds", 1)]
        public virtual List<BigInteger> RecordIds { get; set; }
    }

    public partial class HeadOfFunction : HeadOfFunctionBase { }

    [Function("headOf", "uint256")]
    public class HeadOfFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "subjectKey", 1)]
        public virtual byte[] SubjectKey { get; set; }
    }

    public partial class MarkTokenizedFunction : MarkTokenizedFunctionBase { }

    [Function("markTokenized")]
    public class MarkTokenizedFunctionBase : FunctionMessage
    {
        [Parameter("uint256[]", "recordIds", 1)]
        public virtual List<BigInteger> RecordIds { get; set; }
        [Parameter("uint256", "tokenId", 2)]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class RecordOfFunction : RecordOfFunctionBase { }

    [Function("recordOf", typeof(RecordOfOutputDTO))]
    public class RecordOfFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "recordId", 1)]
        public virtual BigInteger RecordId { get; set; }
    }

    public partial class TryWriteFunction : TryWriteFunctionBase { }

    [Function("tryWrite", "uint256")]
    public class TryWriteFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("bytes32", "subjectKey", 2)]
        public virtual byte[] SubjectKey { get; set; }
        [Parameter("uint32", "startDay", 3)]
        public virtual uint StartDay { get; set; }
        [Parameter("uint32", "endDay", 4)]
        public virtual uint EndDay { get; set; }
        [Parameter("uint96", "grams", 5)]
        public virtual BigInteger Grams { get; set; }
        [Parameter("uint256", "requestId", 6)]
        public virtual BigInteger RequestId { get; set; }
        [Parameter("uint256", "predecessorHint", 7)]
        public virtual BigInteger PredecessorHint { get; set; }
    }

    public partial class WriteFunction : WriteFunctionBase { }

    [Function("write", "uint256")]
    public class WriteFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("bytes32", "subjectKey", 2)]
        public virtual byte[] SubjectKey { get; set; }
        [Parameter("uint32", "startDay", 3)]
        public virtual uint StartDay { get; set; }
        [Parameter("uint32", "endDay", 4)]
        public virtual uint EndDay { get; set; }
        [Parameter("uint96", "grams", 5)]
        public virtual BigInteger Grams { get; set; }
        [Parameter("uint256", "requestId", 6)]
        public virtual BigInteger RequestId { get; set; }
        [Parameter("uint256", "predecessorHint", 7)]
        public virtual BigInteger PredecessorHint { get; set; }
    }

    public partial class WritersFunction : WritersFunctionBase { }

    [Function("writers", typeof(WritersOutputDTO))]
    public class WritersFunctionBase : FunctionMessage
    {

    }

    public partial class RecordTokenizedEventDTO : RecordTokenizedEventDTOBase { }

    [Event("RecordTokenized")]
    public class RecordTokenizedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "recordId", 1, true )]
        public virtual BigInteger RecordId { get; set; }
        [Parameter("uint256", "tokenId", 2, true )]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class RecordWrittenEventDTO : RecordWrittenEventDTOBase { }

    [Event("RecordWritten")]
    public class RecordWrittenEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "recordId", 1, true )]
        public virtual BigInteger RecordId { get; set; }
        [Parameter("bytes32", "subjectKey", 2, true )]
        public virtual byte[] SubjectKey { get; set; }
        [Parameter("address", "owner", 3, true )]
        public virtual string Owner { get; set; }
        [Parameter("uint32", "startDay", 4, false )]
        public virtual uint StartDay { get; set; }
        [Parameter("uint32", "endDay", 5, false )]
        public virtual uint EndDay { get; set; }
        [Parameter("uint256", "grams", 6, false )]
        public virtual BigInteger Grams { get; set; }
        [Parameter("uint256", "requestId", 7, false )]
        public virtual BigInteger RequestId { get; set; }
        [Parameter("uint256", "predecessorId", 8, false )]
        public virtual BigInteger PredecessorId { get; set; }
    }

    public partial class WritersBoundEventDTO : WritersBoundEventDTOBase { }

    [Event("WritersBound")]
    public class WritersBoundEventDTOBase : IEventDTO
    {
        [Parameter("address", "registry", 1, false )]
        public virtual string Registry { get; set; }
        [Parameter("address", "tokens", 2, false )]
        public virtual string Tokens { get; set; }
    }

    public partial class AlreadyBoundError : AlreadyBoundErrorBase { }
    [Error("AlreadyBound")]
    public class AlreadyBoundErrorBase : IErrorDTO
    {
    }

    public partial class InvalidPeriodError : InvalidPeriodErrorBase { }

    [Error("InvalidPeriod")]
    public class InvalidPeriodErrorBase : IErrorDTO
    {
        [Parameter("uint32", "startDay", 1)]
        public virtual uint StartDay { get; set; }
        [Parameter("uint32", "endDay", 2)]
        public virtual uint EndDay { get; set; }
    }

    public partial class InvalidRecordIdError : InvalidRecordIdErrorBase { }

    [Error("InvalidRecordId")]
    public class InvalidRecordIdErrorBase : IErrorDTO
    {
        [Parameter("uint256", "recordId", 1)]
        public virtual BigInteger RecordId { get; set; }
    }

    public partial class NotBinderError : NotBinderErrorBase { }

    [Error("NotBinder")]
    public class NotBinderErrorBase : IErrorDTO
    {
        [Parameter("address", "caller", 1)]
        public virtual string Caller { get; set; }
    }

    public partial class NotRegistryError : NotRegistryErrorBase { }

    [Error("NotRegistry")]
    public class NotRegistryErrorBase : IErrorDTO
    {
        [Parameter("address", "caller", 1)]
        public virtual string Caller { get; set; }
    }

    public partial class NotTokenContractError : NotTokenContractErrorBase { }

    [Error("NotTokenContract")]
    public class NotTokenContractErrorBase : IErrorDTO
    {
        [Parameter("address", "caller", 1)]
        public virtual string Caller { get; set; }
    }

    public partial class PeriodOverlapError : PeriodOverlapErrorBase { }

    [Error("PeriodOverlap")]
    public class PeriodOverlapErrorBase : IErrorDTO
    {
        [Parameter("uint256", "existingRecordId", 1)]
        public virtual BigInteger ExistingRecordId { get; set; }
        [Parameter("uint32", "existingStartDay", 2)]
        public virtual uint ExistingStartDay { get; set; }
        [Parameter("uint32", "existingEndDay", 3)]
        public virtual uint ExistingEndDay { get; set; }
    }

    public partial class RecordAlreadyTokenizedError : RecordAlreadyTokenizedErrorBase { }

    [Error("RecordAlreadyTokenized")]
    public class RecordAlreadyTokenizedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "recordId", 1)]
        public virtual BigInteger RecordId { get; set; }
        [Parameter("uint256", "tokenId", 2)]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class UnknownRecordError : UnknownRecordErrorBase { }

    [Error("UnknownRecord")]
    public class UnknownRecordErrorBase : IErrorDTO
    {
        [Parameter("uint256", "recordId", 1)]
        public virtual BigInteger RecordId { get; set; }
    }

    public partial class WrongNeighbourHintError : WrongNeighbourHintErrorBase { }

    [Error("WrongNeighbourHint")]
    public class WrongNeighbourHintErrorBase : IErrorDTO
    {
        [Parameter("uint256", "hint", 1)]
        public virtual BigInteger Hint { get; set; }
    }

    public partial class ZeroAddressError : ZeroAddressErrorBase { }
    [Error("ZeroAddress")]
    public class ZeroAddressErrorBase : IErrorDTO
    {
    }



    public partial class CoreRecordsOfOutputDTO : CoreRecordsOfOutputDTOBase { }

    [FunctionOutput]
    public class CoreRecordsOfOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("tuple[]", "records", 1)]
        public virtual List<Record> Records { get; set; }
    }

    public partial class HeadOfOutputDTO : HeadOfOutputDTOBase { }

    [FunctionOutput]
    public class HeadOfOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class RecordOfOutputDTO : RecordOfOutputDTOBase { }

    [FunctionOutput]
    public class RecordOfOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("tuple", "view_", 1)]
        public virtual RecordView View { get; set; }
    }





    public partial class WritersOutputDTO : WritersOutputDTOBase { }

    [FunctionOutput]
    public class WritersOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("address", "registry", 1)]
        public virtual string Registry { get; set; }
        [Parameter("address", "tokens", 2)]
        public virtual string Tokens { get; set; }
    }
}
