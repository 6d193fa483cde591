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
        public static string BYTECODE = "0x60a0604052348015600e575f5ffd5b503360805260805161142661002b5f395f61067901526114265ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c806355d742e41161006357806355d742e41461010257806365c7d79d146101225780638b2f536914610149578063d1ec9f141461016e578063d4488c5614610181575f5ffd5b80630456523d146100945780631683c613146100ba5780631c54fd9f146100da5780633d4947e4146100ef575b5f5ffd5b6100a76100a2366004610eab565b610194565b6040519081526020015b60405180910390f35b6100cd6100c8366004610f69565b6101e5565b6040516100b19190610fa8565b6100ed6100e836600461105b565b610293565b005b6100a76100fd3660046110a3565b610415565b610115610110366004611112565b6104e0565b6040516100b1919061116c565b6100a7610130366004611112565b5f9081526003602052604090205465ffffffffffff1690565b5f54600154604080516001600160a01b039384168152929091166020830152016100b1565b6100ed61017c366004611221565b61066e565b6100ed61018f366004611258565b61078a565b5f80546001600160a01b031633146101c65760405163318d14a560e11b81523360048201526024015b60405180910390fd5b6101d689898989898989896107b2565b90505b98975050505050505050565b60608167ffffffffffffffff811115610200576102006112a2565b60405190808252806020026020018201604052801561023957816020015b610226610e0b565b81526020019060019003908161021e5790505b5090505f5b8281101561028c5761026784848381811061025b5761025b6112b6565b90506020020135610940565b828281518110610279576102796112b6565b602090810291909101015260010161023e565b5092915050565b6001546001600160a01b031633146102c057604051630708e3d360e21b81523360048201526024016101bd565b5f5b8281101561040f575f60025f8686858181106102e0576102e06112b6565b9050602002013581526020019081526020015f209050805f01601f9054906101000a900460ff166103405784848381811061031d5761031d6112b6565b90506020020135604051632d82261160e21b81526004016101bd91815260200190565b8054600160d01b900464ffffffffff16156103a257848483818110610367576103676112b6565b8354604051630e8cec9b60e41b8152602092909202909301356004820152600160d01b90920464ffffffffff166024830152506044016101bd565b805464ffffffffff60d01b1916600160d01b64ffffffffff851602178155828585848181106103d3576103d36112b6565b905060200201357fe19269729b4c51f9b4b56e3ef05b1c1a505cc1321037ef343c492b21b85bf06960405160405180910390a3506001016102c2565b50505050565b5f80546001600160a01b031633146104425760405163318d14a560e11b81523360048201526024016101bd565b5f82156104ac57604051631c50d42560e11b81526004810184905233906338a1a84a90602401602060405180830381865afa158015610483573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104a791906112ca565b6104ae565b5f5b90505f6104c18a8a8a8a8a8a8a896107b2565b905080156104d2576104d281610abb565b509298975050505050505050565b6105486040518061016001604052805f81526020015f6001600160a01b031681526020015f81526020015f63ffffffff1681526020015f63ffffffff1681526020015f81526020015f81526020015f81526020015f81526020015f8152602001606081525090565b5f61055283610940565b80519091506001600160a01b031661058057604051632d82261160e21b8152600481018490526024016101bd565b82825280516001600160a01b039081166020808501919091526080808401516040808701919091529184015163ffffffff908116606080880191909152838601519091169186019190915260a0808501516001600160601b03169086015260c0850186905283015160e0808601919091528301516101008501525f54905163e26fea1d60e01b81526004810186905291169063e26fea1d906024015f60405180830381865afa158015610635573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261065c91908101906112ec565b61014084015261012083015250919050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106b95760405163bd17e12960e01b81523360048201526024016101bd565b5f546001600160a01b0316156106e25760405163682a906560e01b815260040160405180910390fd5b6001600160a01b03821615806106ff57506001600160a01b038116155b1561071d5760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b038481166001600160a01b03199283168117909355600180549185169190921681179091556040805192835260208301919091527f185dda147979609d36049eed538747c44746d2f068221927ed6f15658a213d47910160405180910390a15050565b5f6107988686868686610b69565b91505080156107aa576107aa81610abb565b505050505050565b5f5f6107c18989898787610b69565b9250905081156107d157506101d9565b5f8581526002602052604090208515806107ef575064ffffffffff86115b8061080257508054600160f81b900460ff165b1561082357604051630325e36b60e41b8152600481018790526024016101bd565b6001600160601b03871663ffffffff60601b60608b901b161763ffffffff60801b60808a901b161765ffffffffffff60a01b60a084901b1617600160f81b178082555f869003610896575f8b8152600360205260409020805465ffffffffffff191665ffffffffffff89161790556108c4565b5f868152600260205260409020805465ffffffffffff60a01b1916600160a01b65ffffffffffff8a16021790555b6040805163ffffffff8c811682528b1660208201526001600160601b038a1681830152606081018990526080810188905290516001600160a01b038e16918d918a917fb348ca9e42f9d314454a05b79b7984036b7b9e1a72af8f00bc91d3ddd54f1a30919081900360a00190a450505098975050505050505050565b610948610e0b565b5f82815260026020908152604091829020825160c08101845290546001600160601b038116825263ffffffff600160601b8204811693830193909352600160801b81049092169281019290925265ffffffffffff600160a01b820416606083015264ffffffffff600160d01b820416608083015260ff600160f81b90910416151560a082018190526109da5750919050565b5f54604051636edd5f2360e11b8152600481018590526001600160a01b039091169063ddbabe46906024016040805180830381865afa158015610a1f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a4391906113c4565b6080808501919091526001600160a01b03909116835260208083015163ffffffff908116918501919091526040808401519091169084015281015164ffffffffff1660608084019190915281516001600160601b031660a084015260c0830193909352919091015165ffffffffffff1660e082015290565b5f81815260026020908152604091829020825160c08101845290546001600160601b0381168252600160601b810463ffffffff908116938301849052600160801b820416828501819052600160a01b820465ffffffffffff166060840152600160d01b820464ffffffffff166080840152600160f81b90910460ff16151560a0830152925163a5c4294b60e01b815260048101859052602481019290925260448201929092526064016101bd565b5f5f8463ffffffff168663ffffffff161115610ba857604051633c4bae1960e21b815263ffffffff8088166004830152861660248201526044016101bd565b835f03610bcc575f8781526003602052604090205465ffffffffffff169150610cfb565b5f84815260026020908152604091829020825160c08101845290546001600160601b038116825263ffffffff600160601b8204811693830193909352600160801b81049092169281019290925265ffffffffffff600160a01b820416606083015264ffffffffff600160d01b820416608083015260ff600160f81b9091041615801560a083015280610c5e5750878414155b15610c7f57604051631b118f0360e11b8152600481018690526024016101bd565b8563ffffffff16816020015163ffffffff1611158015610caf57508663ffffffff16816040015163ffffffff1610155b15610cc0575f859250925050610e01565b8563ffffffff16816020015163ffffffff161115610cf457604051631b118f0360e11b8152600481018690526024016101bd565b6060015191505b65ffffffffffff821615610e015765ffffffffffff8281165f90815260026020908152604091829020825160c08101845290546001600160601b0381168252600160601b810463ffffffff908116938301849052600160801b8204811694830194909452600160a01b81049094166060820152600160d01b840464ffffffffff166080820152600160f81b90930460ff16151560a084015290871610801590610db457508663ffffffff16816040015163ffffffff1610155b15610dcb57505f9165ffffffffffff169050610e01565b8663ffffffff16816040015163ffffffff161015610dff57604051631b118f0360e11b8152600481018690526024016101bd565b505b9550959350505050565b6040518061010001604052805f6001600160a01b031681526020015f63ffffffff1681526020015f63ffffffff1681526020015f81526020015f81526020015f6001600160601b031681526020015f81526020015f81525090565b6001600160a01b0381168114610e7a575f5ffd5b50565b803563ffffffff81168114610e90575f5ffd5b919050565b80356001600160601b0381168114610e90575f5ffd5b5f5f5f5f5f5f5f5f610100898b031215610ec3575f5ffd5b8835610ece81610e66565b975060208901359650610ee360408a01610e7d565b9550610ef160608a01610e7d565b9450610eff60808a01610e95565b979a969950949793969560a0850135955060c08501359460e001359350915050565b5f5f83601f840112610f31575f5ffd5b50813567ffffffffffffffff811115610f48575f5ffd5b6020830191508360208260051b8501011115610f62575f5ffd5b9250929050565b5f5f60208385031215610f7a575f5ffd5b823567ffffffffffffffff811115610f90575f5ffd5b610f9c85828601610f21565b90969095509350505050565b602080825282518282018190525f918401906040840190835b8181101561105057835160018060a01b03815116845263ffffffff602082015116602085015263ffffffff6040820151166040850152606081015160608501526080810151608085015260a081015161102560a08601826001600160601b03169052565b5060c0818101519085015260e090810151908401526020939093019261010090920191600101610fc1565b509095945050505050565b5f5f5f6040848603121561106d575f5ffd5b833567ffffffffffffffff811115611083575f5ffd5b61108f86828701610f21565b909790965060209590950135949350505050565b5f5f5f5f5f5f5f60e0888a0312156110b9575f5ffd5b87356110c481610e66565b9650602088013595506110d960408901610e7d565b94506110e760608901610e7d565b93506110f560808901610e95565b9699959850939692959460a0840135945060c09093013592915050565b5f60208284031215611122575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b828110156111625781516001600160a01b031686526020958601959091019060010161113b565b5093949350505050565b60208152815160208201525f602083015161119260408401826001600160a01b03169052565b506040830151606083015260608301516111b4608084018263ffffffff169052565b50608083015163ffffffff811660a08401525060a083015160c083015260c083015160e083015260e083015161010083015261010083015161012083015261012083015161014083015261014083015161016080840152611219610180840182611129565b949350505050565b5f5f60408385031215611232575f5ffd5b823561123d81610e66565b9150602083013561124d81610e66565b809150509250929050565b5f5f5f5f5f60a0868803121561126c575f5ffd5b8535945061127c60208701610e7d565b935061128a60408701610e7d565b94979396509394606081013594506080013592915050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156112da575f5ffd5b5051919050565b8051610e9081610e66565b5f5f604083850312156112fd575f5ffd5b8251602084015190925067ffffffffffffffff81111561131b575f5ffd5b8301601f8101851361132b575f5ffd5b805167ffffffffffffffff811115611345576113456112a2565b8060051b604051601f19603f830116810181811067ffffffffffffffff82111715611372576113726112a2565b60405291825260208184018101929081018884111561138f575f5ffd5b6020850194505b838510156113b5576113a7856112e1565b815260209485019401611396565b50809450505050509250929050565b5f5f604083850312156113d5575f5ffd5b82516113e081610e66565b602093909301519294929350505056fea26469706673582212204cf690072e18eae008ab2cb74a969adb121e37e3254f3efdc8f5655e9b3082fe64736f6c63430008250033";
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
        [Parameter("bytes32", "hintSubjectKey", 8)]
        public virtual byte[] HintSubjectKey { get; set; }
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
