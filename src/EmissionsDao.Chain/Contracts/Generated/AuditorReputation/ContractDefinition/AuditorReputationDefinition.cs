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

namespace EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition
{


    public partial class AuditorReputationDeployment : AuditorReputationDeploymentBase
    {
        public AuditorReputationDeployment() : base(BYTECODE) { }
        public AuditorReputationDeployment(string byteCode) : base(byteCode) { }
    }

    public class AuditorReputationDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60c060405234801561000f575f5ffd5b506040516118fd3803806118fd83398101604081905261002e916100e2565b816001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610093565b50805f03610086576040516368f5f8f160e11b815260040160405180910390fd5b4260805260a05250610119565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f604083850312156100f3575f5ffd5b82516001600160a01b0381168114610109575f5ffd5b6020939093015192949293505050565b60805160a0516117bc6101415f395f81816102f9015261085f01525f61088301526117bc5ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c80637b103999116100fe578063a65391bd1161009e578063c8b72f8f1161006e578063c8b72f8f1461041a578063d213c0f214610422578063dd62ed3e14610435578063f2fde38b14610448575f5ffd5b8063a65391bd146103d4578063a9059cbb14610215578063a91ee0dc146103e7578063b25f5488146103fa575f5ffd5b8063932e59d6116100d9578063932e59d61461038757806395d89b411461038f5780639c7495ba146103ae5780639dc29fac146103c1575f5ffd5b80637b103999146103535780638b407367146103645780638da5cb5b14610377575f5ffd5b8063495a56421161016957806370a082311161014457806370a082311461031d578063715018a61461033057806376671808146103385780637795024f14610340575f5ffd5b8063495a5642146102a057806349b90557146102c55780634ff0876a146102f7575f5ffd5b806318160ddd116101a457806318160ddd1461025857806323b872dd1461026e578063313ce5671461027c57806340c10f191461028b575f5ffd5b806306fdde03146101ca578063095ea7b3146102155780630c9d376c14610238575b5f5ffd5b60408051808201909152601f81527f456d697373696f6e7344616f2041756469746f722052657075746174696f6e0060208201525b60405161020c91906113ba565b60405180910390f35b61022861022336600461140a565b61045b565b604051901515815260200161020c565b61024b610246366004611432565b610475565b60405161020c9190611464565b610260610776565b60405190815260200161020c565b6102286102233660046114af565b6040516012815260200161020c565b61029e61029936600461140a565b61079e565b005b6009546001600160a01b03165b6040516001600160a01b03909116815260200161020c565b6102286102d33660046114e9565b6001600160a01b03165f90815260036020526040902054600160c01b900460ff1690565b7f0000000000000000000000000000000000000000000000000000000000000000610260565b61026061032b3660046114e9565b6107b4565b61029e610849565b61026061085c565b61029e61034e366004611509565b6108b7565b6001546001600160a01b03166102ad565b61029e610372366004611589565b610991565b5f546001600160a01b03166102ad565b600454610260565b60408051808201909152600381526205245560ec1b60208201526101ff565b61029e6103bc3660046114e9565b610a68565b61029e6103cf36600461140a565b610ab9565b6102606103e236600461140a565b610b1e565b61029e6103f53660046114e9565b610b7d565b61040d6104083660046115f3565b610bce565b60405161020c9190611631565b610260608081565b6102606bffffffffffffffffffffffff81565b610260610443366004611668565b610c74565b61029e6104563660046114e9565b610c7c565b5f604051636ad256c560e01b815260040160405180910390fd5b60605f6104826004610cb9565b90505f6104908560016116ad565b6001600160401b038111156104a7576104a76116c0565b6040519080825280602002602001820160405280156104d0578160200160208202803683370190505b5090505f6104df8660016116ad565b6001600160401b038111156104f6576104f66116c0565b60405190808252806020026020018201604052801561051f578160200160208202803683370190505b506001600160a01b0386165f9081526008602052604081205491925090801580159061055757505f8181526006602052604090205415155b156105da5780845f8151811061056f5761056f6116d4565b60200260200101818152505060046002015f8281526020019081526020015f2054835f815181106105a2576105a26116d4565b602002602001018181525050825f815181106105c0576105c06116d4565b6020026020010151856105d391906116e8565b9450600191505b876001600160401b038111156105f2576105f26116c0565b60405190808252806020026020018201604052801561061b578160200160208202803683370190505b5095505f5b8881101561076957855f0361065757604051634b14063760e11b815260048101829052602481018a90526044015b60405180910390fd5b5f868b83604051602001610675929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c610697919061170f565b90505f6106a8600483898989610cf7565b5f818152600660209081526040808320546007909252909120548b5192935090916001600160a01b03909116908b90869081106106e7576106e76116d4565b60200260200101906001600160a01b031690816001600160a01b0316815250508188878151811061071a5761071a6116d4565b60200260200101818152505080878781518110610739576107396116d4565b602090810291909101015261074d86611722565b9550610759818a6116e8565b9850505050806001019050610620565b5050505050509392505050565b5f5f61078061085c565b905061010081101561079657600254811c610798565b5f5b91505090565b6107a6610de8565b6107b08282610e14565b5050565b6001600160a01b0381165f908152600360209081526040808320815160608101835290546001600160801b0381168252600160801b81046001600160401b0316938201849052600160c01b900460ff1615159181019190915290829061081861085c565b61082291906116e8565b9050608081101561083f5781516001600160801b0316811c610841565b5f5b949350505050565b610851610de8565b61085a5f611173565b565b5f7f00000000000000000000000000000000000000000000000000000000000000006108a87f0000000000000000000000000000000000000000000000000000000000000000426116e8565b6108b2919061173a565b905090565b6001546001600160a01b031633146108e45760405163318d14a560e11b815233600482015260240161064e565b6001600160a01b0382165f908152600360205260409020805460ff60c01b1916600160c01b83151502178155610947838361091f575f61093e565b82546001600160801b038116600160801b9091046001600160401b03161b5b600491906111c2565b826001600160a01b03167f1165c4ec0e7145e5d3d0a49cc9319da0affabeb01417c41ee294bacc7b221e5683604051610984911515815260200190565b60405180910390a2505050565b6001546001600160a01b031633146109be5760405163318d14a560e11b815233600482015260240161064e565b8281146109e8576040516355c5b3e360e11b8152600481018490526024810182905260440161064e565b5f5b83811015610a6157828282818110610a0457610a046116d4565b905060200201355f14610a5957610a59858583818110610a2657610a266116d4565b9050602002016020810190610a3b91906114e9565b848484818110610a4d57610a4d6116d4565b90506020020135610e14565b6001016109ea565b5050505050565b610a70610de8565b600980546001600160a01b0319166001600160a01b0383169081179091556040517f05f29949a018a376c2b3986acce4b937f877f0f98edf929dce450270cd3099d8905f90a250565b610ac1610de8565b5f610acb836107b4565b905080821115610b07576040516312d9b3ff60e01b81526001600160a01b0384166004820152602481018290526044810183905260640161064e565b610b1983610b148461174d565b610e14565b505050565b6009545f906001600160a01b03163314610b4d57604051630a37ea2d60e41b815233600482015260240161064e565b5f610b57846107b4565b90508215610b6957610b698484610e14565b80610b73856107b4565b6108419190611767565b610b85610de8565b600180546001600160a01b0319166001600160a01b0383169081179091556040517fdb0239c63d4033dcdd21bd44f8dd479a03efbae12f6bbe27c0a5f923d26514cc905f90a250565b6060816001600160401b03811115610be857610be86116c0565b604051908082528060200260200182016040528015610c11578160200160208202803683370190505b5090505f5b82811015610c6d57610c48848483818110610c3357610c336116d4565b905060200201602081019061032b91906114e9565b828281518110610c5a57610c5a6116d4565b6020908102919091010152600101610c16565b5092915050565b5f5b92915050565b610c84610de8565b6001600160a01b038116610cad57604051631e4fbdf760e01b81525f600482015260240161064e565b610cb681611173565b50565b80545f905b8015610cf1575f818152600184016020526040902054610cde90836116ad565b9150610ceb6001826116e8565b16610cbe565b50919050565b84545f9060015b600182901c8111610d115760011b610cfe565b8015610dd1575f610d2282856116ad565b905082811115610d325750610dc9565b5f81815260018a016020526040812054905b86811015610dae575f898281518110610d5f57610d5f6116d4565b602002602001015190508681118015610d785750838111155b15610da557888281518110610d8f57610d8f6116d4565b602002602001015183610da291906116e8565b92505b50600101610d44565b50888111610dc657610dc0818a6116e8565b98508194505b50505b60011c610d11565b610ddc8360016116ad565b98975050505050505050565b5f546001600160a01b0316331461085a5760405163118cdaa760e01b815233600482015260240161064e565b5f610e1d61085c565b905060808110610e4257604051626cbc6f60e21b81526004810182905260240161064e565b6001600160a01b0383165f908152600360209081526040808320815160608101835290546001600160801b0381168252600160801b81046001600160401b0316938201849052600160c01b900460ff161515918101919091529190610ea790846116e8565b90505f6080821015610ec55782516001600160801b0316821c610ec7565b5f5b90505f5f8612610f2157610edb86836116ad565b90506bffffffffffffffffffffffff811115610f1c57604051632542dac160e01b81526001600160a01b03881660048201526024810182905260440161064e565b610f4a565b5f610f2b8761174d565b905082811015610f4457610f3f81846116e8565b610f46565b5f5b9150505b5f84602001516001600160401b0316855f01516001600160801b0316901b90505f8683901b90506040518060600160405280846001600160801b03168152602001886001600160401b031681526020018760400151151581525060035f8b6001600160a01b03166001600160a01b031681526020019081526020015f205f820151815f015f6101000a8154816001600160801b0302191690836001600160801b031602179055506020820151815f0160106101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f0160186101000a81548160ff021916908315150217905550905050808260025461104e91906116e8565b61105891906116ad565b6002556040860151156110715761107160048a836111c2565b6001600160a01b0389167f2c8bd3340c4431e4c10f2ca4f8d02c93945c254ecba8e5d3436591ef46017f7f6110a68686611767565b604080519182526020820187905281018a905260600160405180910390a283831115611118576001600160a01b0389165f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef61110287876116e8565b60405190815260200160405180910390a3611168565b83831015611168575f6001600160a01b038a167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef61115686886116e8565b60405190815260200160405180910390a35b505050505050505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0382165f908152600484016020526040812054908190036112ba57815f036111f15750505050565b835f015f815461120090611722565b91829055506001600160a01b0384165f818152600487016020908152604080832085905584835260038901825280832080546001600160a01b031916909417909355600288019052908120849055909150829061125f831960016116ad565b8316905060015b818110156112a057600187015f61127d83876116e8565b81526020019081526020015f20548361129691906116ad565b925060011b611266565b50505f918252600190940160205260409020929092555050565b5f8181526002850160205260409020548281036112d8575050505050565b5f8281526002860160205260409020839055845481841115611355575f6112ff83866116e8565b9050835b82811161134e575f818152600189016020526040812080548492906113299084906116ad565b9091555061133b9050811960016116ad565b611347908216826116ad565b9050611303565b50506113b2565b5f61136085846116e8565b9050835b8281116113af575f8181526001890160205260408120805484929061138a9084906116e8565b9091555061139c9050811960016116ad565b6113a8908216826116ad565b9050611364565b50505b505050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114611405575f5ffd5b919050565b5f5f6040838503121561141b575f5ffd5b611424836113ef565b946020939093013593505050565b5f5f5f60608486031215611444575f5ffd5b833592506020840135915061145b604085016113ef565b90509250925092565b602080825282518282018190525f918401906040840190835b818110156114a45783516001600160a01b031683526020938401939092019160010161147d565b509095945050505050565b5f5f5f606084860312156114c1575f5ffd5b6114ca846113ef565b92506114d8602085016113ef565b929592945050506040919091013590565b5f602082840312156114f9575f5ffd5b611502826113ef565b9392505050565b5f5f6040838503121561151a575f5ffd5b611523836113ef565b915060208301358015158114611537575f5ffd5b809150509250929050565b5f5f83601f840112611552575f5ffd5b5081356001600160401b03811115611568575f5ffd5b6020830191508360208260051b8501011115611582575f5ffd5b9250929050565b5f5f5f5f6040858703121561159c575f5ffd5b84356001600160401b038111156115b1575f5ffd5b6115bd87828801611542565b90955093505060208501356001600160401b038111156115db575f5ffd5b6115e787828801611542565b95989497509550505050565b5f5f60208385031215611604575f5ffd5b82356001600160401b03811115611619575f5ffd5b61162585828601611542565b90969095509350505050565b602080825282518282018190525f918401906040840190835b818110156114a457835183526020938401939092019160010161164a565b5f5f60408385031215611679575f5ffd5b611682836113ef565b9150611690602084016113ef565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610c7657610c76611699565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b81810381811115610c7657610c76611699565b634e487b7160e01b5f52601260045260245ffd5b5f8261171d5761171d6116fb565b500690565b5f6001820161173357611733611699565b5060010190565b5f82611748576117486116fb565b500490565b5f600160ff1b820161176157611761611699565b505f0390565b8181035f831280158383131683831282161715610c6d57610c6d61169956fea2646970667358221220862d9a9f8a57520051711d52815c45b84f96fad18546a9e1ed0883376669446564736f6c63430008250033";
        public AuditorReputationDeploymentBase() : base(BYTECODE) { }
        public AuditorReputationDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "_initialOwner", 1)]
        public virtual string InitialOwner { get; set; }
        [Parameter("uint256", "_epochLength", 2)]
        public virtual BigInteger EpochLength { get; set; }
    }

    public partial class MaxEpochsFunction : MaxEpochsFunctionBase { }

    [Function("MAX_EPOCHS", "uint256")]
    public class MaxEpochsFunctionBase : FunctionMessage
    {

    }

    public partial class MaxReputationFunction : MaxReputationFunctionBase { }

    [Function("MAX_REPUTATION", "uint256")]
    public class MaxReputationFunctionBase : FunctionMessage
    {

    }

    public partial class AdjustFunction : AdjustFunctionBase { }

    [Function("adjust")]
    public class AdjustFunctionBase : FunctionMessage
    {
        [Parameter("address[]", "accounts", 1)]
        public virtual List<string> Accounts { get; set; }
        [Parameter("int256[]", "deltas", 2)]
        public virtual List<BigInteger> Deltas { get; set; }
    }

    public partial class AllowanceFunction : AllowanceFunctionBase { }

    [Function("allowance", "uint256")]
    public class AllowanceFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("address", "spender", 2)]
        public virtual string Spender { get; set; }
    }

    public partial class ApproveFunction : ApproveFunctionBase { }

    [Function("approve", "bool")]
    public class ApproveFunctionBase : FunctionMessage
    {
        [Parameter("address", "spender", 1)]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class AuditorSlotsFunction : AuditorSlotsFunctionBase { }

    [Function("auditorSlots", "uint256")]
    public class AuditorSlotsFunctionBase : FunctionMessage
    {

    }

    public partial class BalanceOfFunction : BalanceOfFunctionBase { }

    [Function("balanceOf", "uint256")]
    public class BalanceOfFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class BurnFunction : BurnFunctionBase { }

    [Function("burn")]
    public class BurnFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "amount", 2)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class CurrentEpochFunction : CurrentEpochFunctionBase { }

    [Function("currentEpoch", "uint256")]
    public class CurrentEpochFunctionBase : FunctionMessage
    {

    }

    public partial class DecimalsFunction : DecimalsFunctionBase { }

    [Function("decimals", "uint8")]
    public class DecimalsFunctionBase : FunctionMessage
    {

    }

    public partial class DrawPanelFunction : DrawPanelFunctionBase { }

    [Function("drawPanel", "address[]")]
    public class DrawPanelFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "seed", 1)]
        public virtual byte[] Seed { get; set; }
        [Parameter("uint256", "size", 2)]
        public virtual BigInteger Size { get; set; }
        [Parameter("address", "excluded", 3)]
        public virtual string Excluded { get; set; }
    }

    public partial class EpochDurationFunction : EpochDurationFunctionBase { }

    [Function("epochDuration", "uint256")]
    public class EpochDurationFunctionBase : FunctionMessage
    {

    }

    public partial class IsAuditorFunction : IsAuditorFunctionBase { }

    [Function("isAuditor", "bool")]
    public class IsAuditorFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class MintFunction : MintFunctionBase { }

    [Function("mint")]
    public class MintFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "amount", 2)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class NameFunction : NameFunctionBase { }

    [Function("name", "string")]
    public class NameFunctionBase : FunctionMessage
    {

    }

    public partial class OwnerFunction : OwnerFunctionBase { }

    [Function("owner", "address")]
    public class OwnerFunctionBase : FunctionMessage
    {

    }

    public partial class RegistryFunction : RegistryFunctionBase { }

    [Function("registry", "address")]
    public class RegistryFunctionBase : FunctionMessage
    {

    }

    public partial class RenounceOwnershipFunction : RenounceOwnershipFunctionBase { }

    [Function("renounceOwnership")]
    public class RenounceOwnershipFunctionBase : FunctionMessage
    {

    }

    public partial class ReputationsOfFunction : ReputationsOfFunctionBase { }

    [Function("reputationsOf", "uint256[]")]
    public class ReputationsOfFunctionBase : FunctionMessage
    {
        [Parameter("address[]", "accounts", 1)]
        public virtual List<string> Accounts { get; set; }
    }

    public partial class ReviewFunction : ReviewFunctionBase { }

    [Function("review", "int256")]
    public class ReviewFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("int256", "delta", 2)]
        public virtual BigInteger Delta { get; set; }
    }

    public partial class ReviewsFunction : ReviewsFunctionBase { }

    [Function("reviews", "address")]
    public class ReviewsFunctionBase : FunctionMessage
    {

    }

    public partial class SetAuditorFunction : SetAuditorFunctionBase { }

    [Function("setAuditor")]
    public class SetAuditorFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("bool", "auditor", 2)]
        public virtual bool Auditor { get; set; }
    }

    public partial class SetRegistryFunction : SetRegistryFunctionBase { }

    [Function("setRegistry")]
    public class SetRegistryFunctionBase : FunctionMessage
    {
        [Parameter("address", "newRegistry", 1)]
        public virtual string NewRegistry { get; set; }
    }

    public partial class SetReviewsFunction : SetReviewsFunctionBase { }

    [Function("setReviews")]
    public class SetReviewsFunctionBase : FunctionMessage
    {
        [Parameter("address", "newReviews", 1)]
        public virtual string NewReviews { get; set; }
    }

    public partial class SymbolFunction : SymbolFunctionBase { }

    [Function("symbol", "string")]
    public class SymbolFunctionBase : FunctionMessage
    {

    }

    public partial class TotalSupplyFunction : TotalSupplyFunctionBase { }

    [Function("totalSupply", "uint256")]
    public class TotalSupplyFunctionBase : FunctionMessage
    {

    }

    public partial class TransferFunction : TransferFunctionBase { }

    [Function("transfer", "bool")]
    public class TransferFunctionBase : FunctionMessage
    {
        [Parameter("address", "to", 1)]
        public virtual string To { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class TransferFromFunction : TransferFromFunctionBase { }

    [Function("transferFrom", "bool")]
    public class TransferFromFunctionBase : FunctionMessage
    {
        [Parameter("address", "from", 1)]
        public virtual string From { get; set; }
        [Parameter("address", "to", 2)]
        public virtual string To { get; set; }
        [Parameter("uint256", "value", 3)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class TransferOwnershipFunction : TransferOwnershipFunctionBase { }

    [Function("transferOwnership")]
    public class TransferOwnershipFunctionBase : FunctionMessage
    {
        [Parameter("address", "newOwner", 1)]
        public virtual string NewOwner { get; set; }
    }

    public partial class ApprovalEventDTO : ApprovalEventDTOBase { }

    [Event("Approval")]
    public class ApprovalEventDTOBase : IEventDTO
    {
        [Parameter("address", "owner", 1, true )]
        public virtual string Owner { get; set; }
        [Parameter("address", "spender", 2, true )]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "value", 3, false )]
        public virtual BigInteger Value { get; set; }
    }

    public partial class AuditorStatusChangedEventDTO : AuditorStatusChangedEventDTOBase { }

    [Event("AuditorStatusChanged")]
    public class AuditorStatusChangedEventDTOBase : IEventDTO
    {
        [Parameter("address", "account", 1, true )]
        public virtual string Account { get; set; }
        [Parameter("bool", "auditor", 2, false )]
        public virtual bool Auditor { get; set; }
    }

    public partial class OwnershipTransferredEventDTO : OwnershipTransferredEventDTOBase { }

    [Event("OwnershipTransferred")]
    public class OwnershipTransferredEventDTOBase : IEventDTO
    {
        [Parameter("address", "previousOwner", 1, true )]
        public virtual string PreviousOwner { get; set; }
        [Parameter("address", "newOwner", 2, true )]
        public virtual string NewOwner { get; set; }
    }

    public partial class RegistryChangedEventDTO : RegistryChangedEventDTOBase { }

    [Event("RegistryChanged")]
    public class RegistryChangedEventDTOBase : IEventDTO
    {
        [Parameter("address", "registry", 1, true )]
        public virtual string Registry { get; set; }
    }

    public partial class ReputationChangedEventDTO : ReputationChangedEventDTOBase { }

    [Event("ReputationChanged")]
    public class ReputationChangedEventDTOBase : IEventDTO
    {
        [Parameter("address", "account", 1, true )]
        public virtual string Account { get; set; }
        [Parameter("int256", "delta", 2, false )]
        public virtual BigInteger Delta { get; set; }
        [Parameter("uint256", "value", 3, false )]
        public virtual BigInteger Value { get; set; }
        [Parameter("uint256", "epoch", 4, false )]
        public virtual BigInteger Epoch { get; set; }
    }

    public partial class ReviewsChangedEventDTO : ReviewsChangedEventDTOBase { }

    [Event("ReviewsChanged")]
    public class ReviewsChangedEventDTOBase : IEventDTO
    {
        [Parameter("address", "reviews", 1, true )]
        public virtual string Reviews { get; set; }
    }

    public partial class TransferEventDTO : TransferEventDTOBase { }

    [Event("Transfer")]
    public class TransferEventDTOBase : IEventDTO
    {
        [Parameter("address", "from", 1, true )]
        public virtual string From { get; set; }
        [Parameter("address", "to", 2, true )]
        public virtual string To { get; set; }
        [Parameter("uint256", "value", 3, false )]
        public virtual BigInteger Value { get; set; }
    }

    public partial class EpochLimitReachedError : EpochLimitReachedErrorBase { }

    [Error("EpochLimitReached")]
    public class EpochLimitReachedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "epoch", 1)]
        public virtual BigInteger Epoch { get; set; }
    }

    public partial class InsufficientReputationError : InsufficientReputationErrorBase { }

    [Error("InsufficientReputation")]
    public class InsufficientReputationErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "balance", 2)]
        public virtual BigInteger Balance { get; set; }
        [Parameter("uint256", "amount", 3)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class InvalidEpochDurationError : InvalidEpochDurationErrorBase { }
    [Error("InvalidEpochDuration")]
    public class InvalidEpochDurationErrorBase : IErrorDTO
    {
    }

    public partial class LengthMismatchError : LengthMismatchErrorBase { }

    [Error("LengthMismatch")]
    public class LengthMismatchErrorBase : IErrorDTO
    {
        [Parameter("uint256", "accounts", 1)]
        public virtual BigInteger Accounts { get; set; }
        [Parameter("uint256", "deltas", 2)]
        public virtual BigInteger Deltas { get; set; }
    }

    public partial class NotEnoughAuditorsError : NotEnoughAuditorsErrorBase { }

    [Error("NotEnoughAuditors")]
    public class NotEnoughAuditorsErrorBase : IErrorDTO
    {
        [Parameter("uint256", "available", 1)]
        public virtual BigInteger Available { get; set; }
        [Parameter("uint256", "wanted", 2)]
        public virtual BigInteger Wanted { get; set; }
    }

    public partial class NotRegistryError : NotRegistryErrorBase { }

    [Error("NotRegistry")]
    public class NotRegistryErrorBase : IErrorDTO
    {
        [Parameter("address", "caller", 1)]
        public virtual string Caller { get; set; }
    }

    public partial class NotReviewsError : NotReviewsErrorBase { }

    [Error("NotReviews")]
    public class NotReviewsErrorBase : IErrorDTO
    {
        [Parameter("address", "caller", 1)]
        public virtual string Caller { get; set; }
    }

    public partial class OwnableInvalidOwnerError : OwnableInvalidOwnerErrorBase { }

    [Error("OwnableInvalidOwner")]
    public class OwnableInvalidOwnerErrorBase : IErrorDTO
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class OwnableUnauthorizedAccountError : OwnableUnauthorizedAccountErrorBase { }

    [Error("OwnableUnauthorizedAccount")]
    public class OwnableUnauthorizedAccountErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class ReputationLimitExceededError : ReputationLimitExceededErrorBase { }

    [Error("ReputationLimitExceeded")]
    public class ReputationLimitExceededErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class ReputationNonTransferableError : ReputationNonTransferableErrorBase { }
    [Error("ReputationNonTransferable")]
    public class ReputationNonTransferableErrorBase : IErrorDTO
    {
    }

    public partial class MaxEpochsOutputDTO : MaxEpochsOutputDTOBase { }

    [FunctionOutput]
    public class MaxEpochsOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxReputationOutputDTO : MaxReputationOutputDTOBase { }

    [FunctionOutput]
    public class MaxReputationOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class AllowanceOutputDTO : AllowanceOutputDTOBase { }

    [FunctionOutput]
    public class AllowanceOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ApproveOutputDTO : ApproveOutputDTOBase { }

    [FunctionOutput]
    public class ApproveOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class AuditorSlotsOutputDTO : AuditorSlotsOutputDTOBase { }

    [FunctionOutput]
    public class AuditorSlotsOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class BalanceOfOutputDTO : BalanceOfOutputDTOBase { }

    [FunctionOutput]
    public class BalanceOfOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class CurrentEpochOutputDTO : CurrentEpochOutputDTOBase { }

    [FunctionOutput]
    public class CurrentEpochOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class DecimalsOutputDTO : DecimalsOutputDTOBase { }

    [FunctionOutput]
    public class DecimalsOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
    }

    public partial class DrawPanelOutputDTO : DrawPanelOutputDTOBase { }

    [FunctionOutput]
    public class DrawPanelOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("address[]", "panel", 1)]
        public virtual List<string> Panel { get; set; }
    }

    public partial class EpochDurationOutputDTO : EpochDurationOutputDTOBase { }

    [FunctionOutput]
    public class EpochDurationOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class IsAuditorOutputDTO : IsAuditorOutputDTOBase { }

    [FunctionOutput]
    public class IsAuditorOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }



    public partial class NameOutputDTO : NameOutputDTOBase { }

    [FunctionOutput]
    public class NameOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class OwnerOutputDTO : OwnerOutputDTOBase { }

    [FunctionOutput]
    public class OwnerOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class RegistryOutputDTO : RegistryOutputDTOBase { }

    [FunctionOutput]
    public class RegistryOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }



    public partial class ReputationsOfOutputDTO : ReputationsOfOutputDTOBase { }

    [FunctionOutput]
    public class ReputationsOfOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256[]", "values", 1)]
        public virtual List<BigInteger> Values { get; set; }
    }



    public partial class ReviewsOutputDTO : ReviewsOutputDTOBase { }

    [FunctionOutput]
    public class ReviewsOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }







    public partial class SymbolOutputDTO : SymbolOutputDTOBase { }

    [FunctionOutput]
    public class SymbolOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class TotalSupplyOutputDTO : TotalSupplyOutputDTOBase { }

    [FunctionOutput]
    public class TotalSupplyOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class TransferOutputDTO : TransferOutputDTOBase { }

    [FunctionOutput]
    public class TransferOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class TransferFromOutputDTO : TransferFromOutputDTOBase { }

    [FunctionOutput]
    public class TransferFromOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }


}
