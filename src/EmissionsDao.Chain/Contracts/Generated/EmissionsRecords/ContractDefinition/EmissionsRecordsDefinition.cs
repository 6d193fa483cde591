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
        public static string BYTECODE = "0x60a0604052348015600e575f5ffd5b50336080526080516111eb61002b5f395f6106bf01526111eb5ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c80638b2f5369116100585780638b2f53691461011d578063900407bc14610142578063d1ec9f141461015a578063dc8759f41461016d575f5ffd5b80631683c613146100895780631c54fd9f146100b257806355d742e4146100c757806365c7d79d146100e7575b5f5ffd5b61009c610097366004610cf1565b610180565b6040516100a99190610d2f565b60405180910390f35b6100c56100c0366004610e15565b6102fc565b005b6100da6100d5366004610e5c565b61047d565b6040516100a99190610eb6565b61010f6100f5366004610e5c565b5f908152600360205260409020546001600160401b031690565b6040519081526020016100a9565b5f54600154604080516001600160a01b039384168152929091166020830152016100a9565b600154600160a01b90046001600160401b031661010f565b6100c5610168366004610f8e565b6106b4565b61010f61017b366004610fdd565b6107d0565b6060816001600160401b0381111561019a5761019a61106f565b60405190808252806020026020018201604052801561020757816020015b60408051610100810182525f8082526020808301829052928201819052606082018190526080820181905260a0820181905260c0820181905260e082015282525f199092019101816101b85790505b5090505f5b828110156102f55760025f85858481811061022957610229611083565b602090810292909201358352508181019290925260409081015f2081516101008101835281546001600160a01b038116825263ffffffff600160a01b808304821696840196909652600160c01b8204811694830194909452600160e01b9004909216606083015260018101546080830152600201546001600160601b03811660a08301526001600160401b03600160601b8204811660c084015292900490911660e082015282518390839081106102e2576102e2611083565b602090810291909101015260010161020c565b5092915050565b6001546001600160a01b0316331461032e57604051630708e3d360e21b81523360048201526024015b60405180910390fd5b5f5b82811015610477575f60025f86868581811061034e5761034e611083565b602090810292909201358352508101919091526040015f2080549091506001600160a01b03166103ad5784848381811061038a5761038a611083565b90506020020135604051632d82261160e21b815260040161032591815260200190565b8054600160e01b900463ffffffff161561040d578484838181106103d3576103d3611083565b8354604051630e8cec9b60e41b8152602092909202909301356004820152600160e01b90920463ffffffff16602483015250604401610325565b80546001600160e01b0316600160e01b63ffffffff8516021781558285858481811061043b5761043b611083565b905060200201357fe19269729b4c51f9b4b56e3ef05b1c1a505cc1321037ef343c492b21b85bf06960405160405180910390a350600101610330565b50505050565b6104eb6040518061018001604052805f81526020015f6001600160a01b031681526020015f81526020015f63ffffffff1681526020015f63ffffffff1681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f8152602001606081525090565b5f8281526002602081815260409283902083516101008101855281546001600160a01b03811680835263ffffffff600160a01b808404821696850196909652600160c01b8304811697840197909752600160e01b9091049095166060820152600182015460808201529201546001600160601b03811660a08401526001600160401b03600160601b8204811660c08501529190041660e0820152906105a657604051632d82261160e21b815260048101849052602401610325565b82825280516001600160a01b039081166020808501919091526080808401516040808701919091529184015163ffffffff9081166060808801919091528386015182169287019290925260a0808601516001600160601b03169087015260c080860180516001600160401b03908116928901929092529286015190911660e08088019190915285015181166101008701525f549151925163e26fea1d60e01b8152921660048301529091169063e26fea1d906024015f60405180830381865afa158015610675573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261069c91908101906110a2565b61016085015261014084015261012083015250919050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106ff5760405163bd17e12960e01b8152336004820152602401610325565b5f546001600160a01b0316156107285760405163682a906560e01b815260040160405180910390fd5b6001600160a01b038216158061074557506001600160a01b038116155b156107635760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b038481166001600160a01b03199283168117909355600180549185169190921681179091556040805192835260208301919091527f185dda147979609d36049eed538747c44746d2f068221927ed6f15658a213d47910160405180910390a15050565b5f80546001600160a01b031633146107fd5760405163318d14a560e11b8152336004820152602401610325565b8463ffffffff168663ffffffff16111561083a57604051633c4bae1960e21b815263ffffffff808816600483015286166024820152604401610325565b5f825f0361085f57505f878152600360205260409020546001600160401b03166108cc565b5f83815260026020526040902080546001600160a01b03161580610887575088816001015414155b156108a857604051631b118f0360e11b815260048101859052602401610325565b6108b584828a8a88610be6565b60020154600160a01b90046001600160401b031690505b6001600160401b038116156108ff576001600160401b0381165f8181526002602052604090206108ff9190898987610be6565b6001805460149061091f90600160a01b90046001600160401b031661117f565b91906101000a8154816001600160401b0302191690836001600160401b0316021790556001600160401b031691506040518061010001604052808a6001600160a01b031681526020018863ffffffff1681526020018763ffffffff1681526020015f63ffffffff168152602001898152602001866001600160601b03168152602001856001600160401b03168152602001826001600160401b031681525060025f8481526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055506080820151816001015560a0820151816002015f6101000a8154816001600160601b0302191690836001600160601b0316021790555060c082015181600201600c6101000a8154816001600160401b0302191690836001600160401b0316021790555060e08201518160020160146101000a8154816001600160401b0302191690836001600160401b03160217905550905050825f03610b30575f888152600360205260409020805467ffffffffffffffff19166001600160401b038416179055610b65565b5f83815260026020819052604090912001805467ffffffffffffffff60a01b1916600160a01b6001600160401b038516021790555b6040805163ffffffff8981168252881660208201526001600160601b038716818301526001600160401b03861660608201526080810185905290516001600160a01b038b16918a9185917fb348ca9e42f9d314454a05b79b7984036b7b9e1a72af8f00bc91d3ddd54f1a30919081900360a00190a450979650505050505050565b835463ffffffff600160a01b8204811691600160c01b900481169084168211801590610c1e57508463ffffffff168163ffffffff1610155b15610c535760405163a5c4294b60e01b81526004810188905263ffffffff808416602483015282166044820152606401610325565b86831480610c6f578563ffffffff168263ffffffff1610610c7f565b8463ffffffff168363ffffffff16115b15610ca057604051631b118f0360e11b815260048101859052602401610325565b5050505050505050565b5f5f83601f840112610cba575f5ffd5b5081356001600160401b03811115610cd0575f5ffd5b6020830191508360208260051b8501011115610cea575f5ffd5b9250929050565b5f5f60208385031215610d02575f5ffd5b82356001600160401b03811115610d17575f5ffd5b610d2385828601610caa565b90969095509350505050565b602080825282518282018190525f918401906040840190835b81811015610e0a57835160018060a01b03815116845263ffffffff602082015116602085015263ffffffff60408201511660408501526060810151610d95606086018263ffffffff169052565b506080810151608085015260a0810151610dba60a08601826001600160601b03169052565b5060c0810151610dd560c08601826001600160401b03169052565b5060e08101519050610df260e08501826001600160401b03169052565b50602093909301926101009290920191600101610d48565b509095945050505050565b5f5f5f60408486031215610e27575f5ffd5b83356001600160401b03811115610e3c575f5ffd5b610e4886828701610caa565b909790965060209590950135949350505050565b5f60208284031215610e6c575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b82811015610eac5781516001600160a01b0316865260209586019590910190600101610e85565b5093949350505050565b60208152815160208201525f6020830151610edc60408401826001600160a01b03169052565b50604083015160608301526060830151610efe608084018263ffffffff169052565b50608083015163ffffffff811660a08401525060a083015160c083015260c083015160e083015260e083015161010083015261010083015161012083015261012083015161014083015261014083015161016083015261016083015161018080840152610f6f6101a0840182610e73565b949350505050565b6001600160a01b0381168114610f8b575f5ffd5b50565b5f5f60408385031215610f9f575f5ffd5b8235610faa81610f77565b91506020830135610fba81610f77565b809150509250929050565b803563ffffffff81168114610fd8575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a031215610ff3575f5ffd5b8735610ffe81610f77565b96506020880135955061101360408901610fc5565b945061102160608901610fc5565b935060808801356001600160601b038116811461103c575f5ffd5b925060a08801356001600160401b0381168114611057575f5ffd5b96999598509396929591949193505060c09091013590565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b8051610fd881610f77565b5f5f5f606084860312156110b4575f5ffd5b83516020850151604086015191945092506001600160401b038111156110d8575f5ffd5b8401601f810186136110e8575f5ffd5b80516001600160401b038111156111015761110161106f565b8060051b604051601f19603f83011681018181106001600160401b038211171561112d5761112d61106f565b60405291825260208184018101929081018984111561114a575f5ffd5b6020850194505b838510156111705761116285611097565b815260209485019401611151565b50809450505050509250925092565b5f6001600160401b0382166001600160401b0381036111ac57634e487b7160e01b5f52601160045260245ffd5b6001019291505056fea2646970667358221220cdf4825b6d47f7909ffe4a4700fedf5e2e9e1a0aa1f6af28ffda124d5fd8c9e464736f6c63430008250033";
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

    public partial class RecordCountFunction : RecordCountFunctionBase { }

    [Function("recordCount", "uint256")]
    public class RecordCountFunctionBase : FunctionMessage
    {

    }

    public partial class RecordOfFunction : RecordOfFunctionBase { }

    [Function("recordOf", typeof(RecordOfOutputDTO))]
    public class RecordOfFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "recordId", 1)]
        public virtual BigInteger RecordId { get; set; }
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
        [Parameter("uint64", "requestId", 6)]
        public virtual ulong RequestId { get; set; }
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



    public partial class RecordCountOutputDTO : RecordCountOutputDTOBase { }

    [FunctionOutput]
    public class RecordCountOutputDTOBase : IFunctionOutputDTO
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
