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
        public static string BYTECODE = "0x60c060405234801561000f575f5ffd5b50604051611ac2380380611ac283398101604081905261002e916100e2565b816001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610093565b50805f03610086576040516368f5f8f160e11b815260040160405180910390fd5b4260805260a05250610119565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f604083850312156100f3575f5ffd5b82516001600160a01b0381168114610109575f5ffd5b6020939093015192949293505050565b60805160a0516119816101415f395f818161029501526108dc01525f61090001526119815ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c80637b103999116100d9578063a9059cbb11610093578063c8b72f8f1161006e578063c8b72f8f146103b4578063d213c0f2146103bc578063dd62ed3e146103ca578063f2fde38b146103dd575f5ffd5b8063a9059cbb146101d6578063a91ee0dc14610381578063b25f548814610394575f5ffd5b80637b103999146102ef5780638b407367146103145780638da5cb5b14610327578063932e59d61461033757806395d89b411461034f5780639dc29fac1461036e575f5ffd5b806340c10f191161014457806370a082311161011f57806370a08231146102b9578063715018a6146102cc57806376671808146102d45780637795024f146102dc575f5ffd5b806340c10f191461024c57806349b90557146102615780634ff0876a14610293575f5ffd5b806306fdde031461018b578063095ea7b3146101d65780630c9d376c146101f957806318160ddd1461021957806323b872dd1461022f578063313ce5671461023d575b5f5ffd5b60408051808201909152601f81527f456d697373696f6e7344616f2041756469746f722052657075746174696f6e0060208201525b6040516101cd9190611555565b60405180910390f35b6101e96101e43660046115a5565b6103f0565b60405190151581526020016101cd565b61020c6102073660046115cd565b61040a565b6040516101cd91906115ff565b6102216107c8565b6040519081526020016101cd565b6101e96101e436600461164a565b604051601281526020016101cd565b61025f61025a3660046115a5565b610805565b005b6101e961026f366004611684565b6001600160a01b03165f90815260026020526040902054600160c01b900460ff1690565b7f0000000000000000000000000000000000000000000000000000000000000000610221565b6102216102c7366004611684565b61081b565b61025f6108c6565b6102216108d9565b61025f6102ea3660046116a4565b610934565b6003546001600160a01b03165b6040516001600160a01b0390911681526020016101cd565b61025f610322366004611724565b610b37565b5f546001600160a01b03166102fc565b600354600160a01b90046001600160601b0316610221565b60408051808201909152600381526205245560ec1b60208201526101c0565b61025f61037c3660046115a5565b610c0e565b61025f61038f366004611684565b610c73565b6103a76103a236600461178e565b610cc4565b6040516101cd91906117cc565b610221608081565b6102216001600160601b0381565b6102216103d8366004611803565b610d6a565b61025f6103eb366004611684565b610d72565b5f604051636ad256c560e01b815260040160405180910390fd5b60605f6104176003610daf565b90505f610425856001611848565b6001600160401b0381111561043c5761043c61185b565b604051908082528060200260200182016040528015610465578160200160208202803683370190505b5090505f610474866001611848565b6001600160401b0381111561048b5761048b61185b565b6040519080825280602002602001820160405280156104b4578160200160208202803683370190505b506001600160a01b0386165f908152600260209081526040808320815160808101835290546001600160801b0381168252600160801b81046001600160401b031693820193909352600160c01b830460ff16151591810191909152600160c81b90910466ffffffffffffff166060820152919250908161053382610dfd565b9050816060015166ffffffffffffff165f1415801561055157508015155b156105cd57816060015166ffffffffffffff16855f815181106105765761057661186f565b60200260200101818152505080845f815181106105955761059561186f565b602002602001018181525050835f815181106105b3576105b361186f565b6020026020010151866105c69190611883565b9550600192505b886001600160401b038111156105e5576105e561185b565b60405190808252806020026020018201604052801561060e578160200160208202803683370190505b5096505f5b898110156107ba57865f0361064a57604051634b14063760e11b815260048101829052602481018b90526044015b60405180910390fd5b5f878c83604051602001610668929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c61068a91906118aa565b90505f61069b6003838a8a8a610e2d565b5f818152600560209081526040808320546001600160a01b031680845260028352818420825160808101845290546001600160801b0381168252600160801b81046001600160401b031694820194909452600160c01b840460ff16151592810192909252600160c81b90920466ffffffffffffff1660608201529293509161072290610dfd565b9050818c86815181106107375761073761186f565b60200260200101906001600160a01b031690816001600160a01b031681525050828a898151811061076a5761076a61186f565b602002602001018181525050808989815181106107895761078961186f565b602090810291909101015261079d886118bd565b97506107a9818c611883565b9a5050505050806001019050610613565b505050505050509392505050565b5f5f6107d26108d9565b90506101008110156107fd57806001546107ec6003610daf565b6107f69190611848565b901c6107ff565b5f5b91505090565b61080d610f2e565b6108178282610f5a565b5050565b6001600160a01b0381165f908152600260209081526040808320815160808101835290546001600160801b0381168252600160801b81046001600160401b0316938201849052600160c01b810460ff16151592820192909252600160c81b90910466ffffffffffffff1660608201529082906108956108d9565b61089f9190611883565b905060808110156108bc5781516001600160801b0316811c6108be565b5f5b949350505050565b6108ce610f2e565b6108d75f6112d5565b565b5f7f00000000000000000000000000000000000000000000000000000000000000006109257f000000000000000000000000000000000000000000000000000000000000000042611883565b61092f91906118d5565b905090565b6003546001600160a01b031633146109615760405163318d14a560e11b8152336004820152602401610641565b6001600160a01b0382165f90815260026020908152604091829020825160808101845290546001600160801b0381168252600160801b81046001600160401b031692820192909252600160c01b820460ff161515928101839052600160c81b90910466ffffffffffffff1660608201529082151514610aed57602081015181516001600160801b03166001600160401b039091161b8215610a18578060015f828254610a0d9190611883565b90915550610a2f9050565b8060015f828254610a299190611848565b90915550505b5f610a3983610dfd565b84151560408501529050610a57858483610a5282610dfd565b611324565b50506001600160a01b0383165f90815260026020908152604091829020835181549285015193850151606086015166ffffffffffffff16600160c81b026001600160c81b03911515600160c01b02919091166001600160c01b036001600160401b03909616600160801b026001600160c01b03199095166001600160801b03909316929092179390931793909316929092171790555b826001600160a01b03167f1165c4ec0e7145e5d3d0a49cc9319da0affabeb01417c41ee294bacc7b221e5683604051610b2a911515815260200190565b60405180910390a2505050565b6003546001600160a01b03163314610b645760405163318d14a560e11b8152336004820152602401610641565b828114610b8e576040516355c5b3e360e11b81526004810184905260248101829052604401610641565b5f5b83811015610c0757828282818110610baa57610baa61186f565b905060200201355f14610bff57610bff858583818110610bcc57610bcc61186f565b9050602002016020810190610be19190611684565b848484818110610bf357610bf361186f565b90506020020135610f5a565b600101610b90565b5050505050565b610c16610f2e565b5f610c208361081b565b905080821115610c5c576040516312d9b3ff60e01b81526001600160a01b03841660048201526024810182905260448101839052606401610641565b610c6e83610c69846118e8565b610f5a565b505050565b610c7b610f2e565b600380546001600160a01b0319166001600160a01b0383169081179091556040517fdb0239c63d4033dcdd21bd44f8dd479a03efbae12f6bbe27c0a5f923d26514cc905f90a250565b6060816001600160401b03811115610cde57610cde61185b565b604051908082528060200260200182016040528015610d07578160200160208202803683370190505b5090505f5b82811015610d6357610d3e848483818110610d2957610d2961186f565b90506020020160208101906102c79190611684565b828281518110610d5057610d5061186f565b6020908102919091010152600101610d0c565b5092915050565b5f5b92915050565b610d7a610f2e565b6001600160a01b038116610da357604051631e4fbdf760e01b81525f6004820152602401610641565b610dac816112d5565b50565b80545f90600160a01b90046001600160601b03165b8015610df7575f818152600184016020526040902054610de49083611848565b9150610df1600182611883565b16610dc4565b50919050565b5f8160400151610e0d575f610d6c565b50602081015190516001600160801b03166001600160401b039091161b90565b84545f90600160a01b90046001600160601b031660015b600182901c8111610e575760011b610e44565b8015610f17575f610e688285611848565b905082811115610e785750610f0f565b5f81815260018a016020526040812054905b86811015610ef4575f898281518110610ea557610ea561186f565b602002602001015190508681118015610ebe5750838111155b15610eeb57888281518110610ed557610ed561186f565b602002602001015183610ee89190611883565b92505b50600101610e8a565b50888111610f0c57610f06818a611883565b98508194505b50505b60011c610e57565b610f22836001611848565b98975050505050505050565b5f546001600160a01b031633146108d75760405163118cdaa760e01b8152336004820152602401610641565b5f610f636108d9565b905060808110610f8857604051626cbc6f60e21b815260048101829052602401610641565b6001600160a01b0383165f908152600260209081526040808320815160808101835290546001600160801b0381168252600160801b81046001600160401b0316938201849052600160c01b810460ff16151592820192909252600160c81b90910466ffffffffffffff16606082015291906110039084611883565b90505f60808210156110215782516001600160801b0316821c611023565b5f5b90505f5f8612611078576110378683611848565b90506001600160601b0381111561107357604051632542dac160e01b81526001600160a01b038816600482015260248101829052604401610641565b6110a1565b5f611082876118e8565b90508281101561109b576110968184611883565b61109d565b5f5b9150505b5f84602001516001600160401b0316855f01516001600160801b0316901b90505f8683901b90505f6040518060800160405280856001600160801b03168152602001896001600160401b03168152602001886040015115158152602001886060015166ffffffffffffff16815250905086604001511561112c576111278a828585611324565b611149565b818360015461113b9190611883565b6111459190611848565b6001555b6001600160a01b038a165f81815260026020908152604091829020845181549286015193860151606087015166ffffffffffffff16600160c81b026001600160c81b03911515600160c01b02919091166001600160c01b036001600160401b03909616600160801b026001600160c01b03199095166001600160801b03909316929092179390931793909316929092171790557f2c8bd3340c4431e4c10f2ca4f8d02c93945c254ecba8e5d3436591ef46017f7f6112078787611902565b604080519182526020820188905281018b905260600160405180910390a284841115611279576001600160a01b038a165f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6112638888611883565b60405190815260200160405180910390a36112c9565b848410156112c9575f6001600160a01b038b167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6112b78789611883565b60405190815260200160405180910390a35b50505050505050505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b826060015166ffffffffffffff165f0361135e5780156113595761134a60038583611380565b66ffffffffffffff1660608401525b61137a565b606083015161137a9060039066ffffffffffffff168484611470565b50505050565b82545f9084906014906113a290600160a01b90046001600160601b0316611921565b82546001600160601b039182166101009390930a83810292021916179091558454600160a01b82026001600160a01b039182161786555f828152600287016020526040812080549287166001600160a01b03199390931692909217909155909150829061141183196001611848565b8316905060015b8181101561145257600187015f61142f8387611883565b81526020019081526020015f2054836114489190611848565b925060011b611418565b50505f82815260019095016020526040909420939093555090919050565b81811461137a578354600160a01b90046001600160601b0316828211156114f2575f61149c8484611883565b9050845b8281116114eb575f818152600188016020526040812080548492906114c6908490611848565b909155506114d8905081196001611848565b6114e490821682611848565b90506114a0565b5050610c07565b5f6114fd8385611883565b9050845b82811161154c575f81815260018801602052604081208054849290611527908490611883565b90915550611539905081196001611848565b61154590821682611848565b9050611501565b50505050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146115a0575f5ffd5b919050565b5f5f604083850312156115b6575f5ffd5b6115bf8361158a565b946020939093013593505050565b5f5f5f606084860312156115df575f5ffd5b83359250602084013591506115f66040850161158a565b90509250925092565b602080825282518282018190525f918401906040840190835b8181101561163f5783516001600160a01b0316835260209384019390920191600101611618565b509095945050505050565b5f5f5f6060848603121561165c575f5ffd5b6116658461158a565b92506116736020850161158a565b929592945050506040919091013590565b5f60208284031215611694575f5ffd5b61169d8261158a565b9392505050565b5f5f604083850312156116b5575f5ffd5b6116be8361158a565b9150602083013580151581146116d2575f5ffd5b809150509250929050565b5f5f83601f8401126116ed575f5ffd5b5081356001600160401b03811115611703575f5ffd5b6020830191508360208260051b850101111561171d575f5ffd5b9250929050565b5f5f5f5f60408587031215611737575f5ffd5b84356001600160401b0381111561174c575f5ffd5b611758878288016116dd565b90955093505060208501356001600160401b03811115611776575f5ffd5b611782878288016116dd565b95989497509550505050565b5f5f6020838503121561179f575f5ffd5b82356001600160401b038111156117b4575f5ffd5b6117c0858286016116dd565b90969095509350505050565b602080825282518282018190525f918401906040840190835b8181101561163f5783518352602093840193909201916001016117e5565b5f5f60408385031215611814575f5ffd5b61181d8361158a565b915061182b6020840161158a565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610d6c57610d6c611834565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b81810381811115610d6c57610d6c611834565b634e487b7160e01b5f52601260045260245ffd5b5f826118b8576118b8611896565b500690565b5f600182016118ce576118ce611834565b5060010190565b5f826118e3576118e3611896565b500490565b5f600160ff1b82016118fc576118fc611834565b505f0390565b8181035f831280158383131683831282161715610d6357610d63611834565b5f6001600160601b0382166001600160601b03810361194257611942611834565b6001019291505056fea2646970667358221220ab3ed502b648f5c245a637a2ef85e826918c1483958c2b75b9039e2d6f02de5564736f6c63430008250033";
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
