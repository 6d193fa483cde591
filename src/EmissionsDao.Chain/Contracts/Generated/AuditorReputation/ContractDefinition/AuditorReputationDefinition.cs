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
        public static string BYTECODE = "0x60c060405234801561000f575f5ffd5b50604051611be8380380611be883398101604081905261002e916100e2565b816001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610093565b50805f03610086576040516368f5f8f160e11b815260040160405180910390fd5b4260805260a05250610119565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f604083850312156100f3575f5ffd5b82516001600160a01b0381168114610109575f5ffd5b6020939093015192949293505050565b60805160a051611aa76101415f395f81816102f9015261095201525f6109760152611aa75ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c80637b103999116100fe578063a65391bd1161009e578063c8b72f8f1161006e578063c8b72f8f1461042a578063d213c0f214610432578063dd62ed3e14610440578063f2fde38b14610453575f5ffd5b8063a65391bd146103e4578063a9059cbb14610215578063a91ee0dc146103f7578063b25f54881461040a575f5ffd5b8063932e59d6116100d9578063932e59d61461038757806395d89b411461039f5780639c7495ba146103be5780639dc29fac146103d1575f5ffd5b80637b103999146103535780638b407367146103645780638da5cb5b14610377575f5ffd5b8063495a56421161016957806370a082311161014457806370a082311461031d578063715018a61461033057806376671808146103385780637795024f14610340575f5ffd5b8063495a5642146102a057806349b90557146102c55780634ff0876a146102f7575f5ffd5b806318160ddd116101a457806318160ddd1461025857806323b872dd1461026e578063313ce5671461027c57806340c10f191461028b575f5ffd5b806306fdde03146101ca578063095ea7b3146102155780630c9d376c14610238575b5f5ffd5b60408051808201909152601f81527f456d697373696f6e7344616f2041756469746f722052657075746174696f6e0060208201525b60405161020c919061167b565b60405180910390f35b6102286102233660046116cb565b610466565b604051901515815260200161020c565b61024b6102463660046116f3565b610480565b60405161020c9190611725565b61026061083e565b60405190815260200161020c565b610228610223366004611770565b6040516012815260200161020c565b61029e6102993660046116cb565b61087b565b005b6006546001600160a01b03165b6040516001600160a01b03909116815260200161020c565b6102286102d33660046117aa565b6001600160a01b03165f90815260026020526040902054600160c01b900460ff1690565b7f0000000000000000000000000000000000000000000000000000000000000000610260565b61026061032b3660046117aa565b610891565b61029e61093c565b61026061094f565b61029e61034e3660046117ca565b6109aa565b6003546001600160a01b03166102ad565b61029e61037236600461184a565b610bad565b5f546001600160a01b03166102ad565b600354600160a01b90046001600160601b0316610260565b60408051808201909152600381526205245560ec1b60208201526101ff565b61029e6103cc3660046117aa565b610c84565b61029e6103df3660046116cb565b610cd5565b6102606103f23660046116cb565b610d3a565b61029e6104053660046117aa565b610d99565b61041d6104183660046118b4565b610dea565b60405161020c91906118f2565b610260608081565b6102606001600160601b0381565b61026061044e366004611929565b610e90565b61029e6104613660046117aa565b610e98565b5f604051636ad256c560e01b815260040160405180910390fd5b60605f61048d6003610ed5565b90505f61049b85600161196e565b6001600160401b038111156104b2576104b2611981565b6040519080825280602002602001820160405280156104db578160200160208202803683370190505b5090505f6104ea86600161196e565b6001600160401b0381111561050157610501611981565b60405190808252806020026020018201604052801561052a578160200160208202803683370190505b506001600160a01b0386165f908152600260209081526040808320815160808101835290546001600160801b0381168252600160801b81046001600160401b031693820193909352600160c01b830460ff16151591810191909152600160c81b90910466ffffffffffffff16606082015291925090816105a982610f23565b9050816060015166ffffffffffffff165f141580156105c757508015155b1561064357816060015166ffffffffffffff16855f815181106105ec576105ec611995565b60200260200101818152505080845f8151811061060b5761060b611995565b602002602001018181525050835f8151811061062957610629611995565b60200260200101518661063c91906119a9565b9550600192505b886001600160401b0381111561065b5761065b611981565b604051908082528060200260200182016040528015610684578160200160208202803683370190505b5096505f5b8981101561083057865f036106c057604051634b14063760e11b815260048101829052602481018b90526044015b60405180910390fd5b5f878c836040516020016106de929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c61070091906119d0565b90505f6107116003838a8a8a610f53565b5f818152600560209081526040808320546001600160a01b031680845260028352818420825160808101845290546001600160801b0381168252600160801b81046001600160401b031694820194909452600160c01b840460ff16151592810192909252600160c81b90920466ffffffffffffff1660608201529293509161079890610f23565b9050818c86815181106107ad576107ad611995565b60200260200101906001600160a01b031690816001600160a01b031681525050828a89815181106107e0576107e0611995565b602002602001018181525050808989815181106107ff576107ff611995565b6020908102919091010152610813886119e3565b975061081f818c6119a9565b9a5050505050806001019050610689565b505050505050509392505050565b5f5f61084861094f565b905061010081101561087357806001546108626003610ed5565b61086c919061196e565b901c610875565b5f5b91505090565b610883611054565b61088d8282611080565b5050565b6001600160a01b0381165f908152600260209081526040808320815160808101835290546001600160801b0381168252600160801b81046001600160401b0316938201849052600160c01b810460ff16151592820192909252600160c81b90910466ffffffffffffff16606082015290829061090b61094f565b61091591906119a9565b905060808110156109325781516001600160801b0316811c610934565b5f5b949350505050565b610944611054565b61094d5f6113fb565b565b5f7f000000000000000000000000000000000000000000000000000000000000000061099b7f0000000000000000000000000000000000000000000000000000000000000000426119a9565b6109a591906119fb565b905090565b6003546001600160a01b031633146109d75760405163318d14a560e11b81523360048201526024016106b7565b6001600160a01b0382165f90815260026020908152604091829020825160808101845290546001600160801b0381168252600160801b81046001600160401b031692820192909252600160c01b820460ff161515928101839052600160c81b90910466ffffffffffffff1660608201529082151514610b6357602081015181516001600160801b03166001600160401b039091161b8215610a8e578060015f828254610a8391906119a9565b90915550610aa59050565b8060015f828254610a9f919061196e565b90915550505b5f610aaf83610f23565b84151560408501529050610acd858483610ac882610f23565b61144a565b50506001600160a01b0383165f90815260026020908152604091829020835181549285015193850151606086015166ffffffffffffff16600160c81b026001600160c81b03911515600160c01b02919091166001600160c01b036001600160401b03909616600160801b026001600160c01b03199095166001600160801b03909316929092179390931793909316929092171790555b826001600160a01b03167f1165c4ec0e7145e5d3d0a49cc9319da0affabeb01417c41ee294bacc7b221e5683604051610ba0911515815260200190565b60405180910390a2505050565b6003546001600160a01b03163314610bda5760405163318d14a560e11b81523360048201526024016106b7565b828114610c04576040516355c5b3e360e11b815260048101849052602481018290526044016106b7565b5f5b83811015610c7d57828282818110610c2057610c20611995565b905060200201355f14610c7557610c75858583818110610c4257610c42611995565b9050602002016020810190610c5791906117aa565b848484818110610c6957610c69611995565b90506020020135611080565b600101610c06565b5050505050565b610c8c611054565b600680546001600160a01b0319166001600160a01b0383169081179091556040517f05f29949a018a376c2b3986acce4b937f877f0f98edf929dce450270cd3099d8905f90a250565b610cdd611054565b5f610ce783610891565b905080821115610d23576040516312d9b3ff60e01b81526001600160a01b038416600482015260248101829052604481018390526064016106b7565b610d3583610d3084611a0e565b611080565b505050565b6006545f906001600160a01b03163314610d6957604051630a37ea2d60e41b81523360048201526024016106b7565b5f610d7384610891565b90508215610d8557610d858484611080565b80610d8f85610891565b6109349190611a28565b610da1611054565b600380546001600160a01b0319166001600160a01b0383169081179091556040517fdb0239c63d4033dcdd21bd44f8dd479a03efbae12f6bbe27c0a5f923d26514cc905f90a250565b6060816001600160401b03811115610e0457610e04611981565b604051908082528060200260200182016040528015610e2d578160200160208202803683370190505b5090505f5b82811015610e8957610e64848483818110610e4f57610e4f611995565b905060200201602081019061032b91906117aa565b828281518110610e7657610e76611995565b6020908102919091010152600101610e32565b5092915050565b5f5b92915050565b610ea0611054565b6001600160a01b038116610ec957604051631e4fbdf760e01b81525f60048201526024016106b7565b610ed2816113fb565b50565b80545f90600160a01b90046001600160601b03165b8015610f1d575f818152600184016020526040902054610f0a908361196e565b9150610f176001826119a9565b16610eea565b50919050565b5f8160400151610f33575f610e92565b50602081015190516001600160801b03166001600160401b039091161b90565b84545f90600160a01b90046001600160601b031660015b600182901c8111610f7d5760011b610f6a565b801561103d575f610f8e828561196e565b905082811115610f9e5750611035565b5f81815260018a016020526040812054905b8681101561101a575f898281518110610fcb57610fcb611995565b602002602001015190508681118015610fe45750838111155b1561101157888281518110610ffb57610ffb611995565b60200260200101518361100e91906119a9565b92505b50600101610fb0565b508881116110325761102c818a6119a9565b98508194505b50505b60011c610f7d565b61104883600161196e565b98975050505050505050565b5f546001600160a01b0316331461094d5760405163118cdaa760e01b81523360048201526024016106b7565b5f61108961094f565b9050608081106110ae57604051626cbc6f60e21b8152600481018290526024016106b7565b6001600160a01b0383165f908152600260209081526040808320815160808101835290546001600160801b0381168252600160801b81046001600160401b0316938201849052600160c01b810460ff16151592820192909252600160c81b90910466ffffffffffffff166060820152919061112990846119a9565b90505f60808210156111475782516001600160801b0316821c611149565b5f5b90505f5f861261119e5761115d868361196e565b90506001600160601b0381111561119957604051632542dac160e01b81526001600160a01b0388166004820152602481018290526044016106b7565b6111c7565b5f6111a887611a0e565b9050828110156111c1576111bc81846119a9565b6111c3565b5f5b9150505b5f84602001516001600160401b0316855f01516001600160801b0316901b90505f8683901b90505f6040518060800160405280856001600160801b03168152602001896001600160401b03168152602001886040015115158152602001886060015166ffffffffffffff1681525090508660400151156112525761124d8a82858561144a565b61126f565b818360015461126191906119a9565b61126b919061196e565b6001555b6001600160a01b038a165f81815260026020908152604091829020845181549286015193860151606087015166ffffffffffffff16600160c81b026001600160c81b03911515600160c01b02919091166001600160c01b036001600160401b03909616600160801b026001600160c01b03199095166001600160801b03909316929092179390931793909316929092171790557f2c8bd3340c4431e4c10f2ca4f8d02c93945c254ecba8e5d3436591ef46017f7f61132d8787611a28565b604080519182526020820188905281018b905260600160405180910390a28484111561139f576001600160a01b038a165f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef61138988886119a9565b60405190815260200160405180910390a36113ef565b848410156113ef575f6001600160a01b038b167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6113dd87896119a9565b60405190815260200160405180910390a35b50505050505050505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b826060015166ffffffffffffff165f0361148457801561147f57611470600385836114a6565b66ffffffffffffff1660608401525b6114a0565b60608301516114a09060039066ffffffffffffff168484611596565b50505050565b82545f9084906014906114c890600160a01b90046001600160601b0316611a47565b82546001600160601b039182166101009390930a83810292021916179091558454600160a01b82026001600160a01b039182161786555f828152600287016020526040812080549287166001600160a01b0319939093169290921790915590915082906115378319600161196e565b8316905060015b8181101561157857600187015f61155583876119a9565b81526020019081526020015f20548361156e919061196e565b925060011b61153e565b50505f82815260019095016020526040909420939093555090919050565b8181146114a0578354600160a01b90046001600160601b031682821115611618575f6115c284846119a9565b9050845b828111611611575f818152600188016020526040812080548492906115ec90849061196e565b909155506115fe90508119600161196e565b61160a9082168261196e565b90506115c6565b5050610c7d565b5f61162383856119a9565b9050845b828111611672575f8181526001880160205260408120805484929061164d9084906119a9565b9091555061165f90508119600161196e565b61166b9082168261196e565b9050611627565b50505050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146116c6575f5ffd5b919050565b5f5f604083850312156116dc575f5ffd5b6116e5836116b0565b946020939093013593505050565b5f5f5f60608486031215611705575f5ffd5b833592506020840135915061171c604085016116b0565b90509250925092565b602080825282518282018190525f918401906040840190835b818110156117655783516001600160a01b031683526020938401939092019160010161173e565b509095945050505050565b5f5f5f60608486031215611782575f5ffd5b61178b846116b0565b9250611799602085016116b0565b929592945050506040919091013590565b5f602082840312156117ba575f5ffd5b6117c3826116b0565b9392505050565b5f5f604083850312156117db575f5ffd5b6117e4836116b0565b9150602083013580151581146117f8575f5ffd5b809150509250929050565b5f5f83601f840112611813575f5ffd5b5081356001600160401b03811115611829575f5ffd5b6020830191508360208260051b8501011115611843575f5ffd5b9250929050565b5f5f5f5f6040858703121561185d575f5ffd5b84356001600160401b03811115611872575f5ffd5b61187e87828801611803565b90955093505060208501356001600160401b0381111561189c575f5ffd5b6118a887828801611803565b95989497509550505050565b5f5f602083850312156118c5575f5ffd5b82356001600160401b038111156118da575f5ffd5b6118e685828601611803565b90969095509350505050565b602080825282518282018190525f918401906040840190835b8181101561176557835183526020938401939092019160010161190b565b5f5f6040838503121561193a575f5ffd5b611943836116b0565b9150611951602084016116b0565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610e9257610e9261195a565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b81810381811115610e9257610e9261195a565b634e487b7160e01b5f52601260045260245ffd5b5f826119de576119de6119bc565b500690565b5f600182016119f4576119f461195a565b5060010190565b5f82611a0957611a096119bc565b500490565b5f600160ff1b8201611a2257611a2261195a565b505f0390565b8181035f831280158383131683831282161715610e8957610e8961195a565b5f6001600160601b0382166001600160601b038103611a6857611a6861195a565b6001019291505056fea2646970667358221220449798b5973c1c16f0a1c5bddd9cc33a6cc9f50a53a69e399881cb4945194b3564736f6c63430008250033";
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
