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
        public static string BYTECODE = "0x60c060405234801561000f575f5ffd5b506040516117d73803806117d783398101604081905261002e916100e2565b816001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610093565b50805f03610086576040516368f5f8f160e11b815260040160405180910390fd5b4260805260a05250610119565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f604083850312156100f3575f5ffd5b82516001600160a01b0381168114610109575f5ffd5b6020939093015192949293505050565b60805160a0516116966101415f395f818161029501526107e901525f61080d01526116965ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c80637b103999116100d9578063a9059cbb11610093578063c8b72f8f1161006e578063c8b72f8f146103a4578063d213c0f2146103ac578063dd62ed3e146103bf578063f2fde38b146103d2575f5ffd5b8063a9059cbb146101d6578063a91ee0dc14610371578063b25f548814610384575f5ffd5b80637b103999146102ef5780638b407367146103145780638da5cb5b14610327578063932e59d61461033757806395d89b411461033f5780639dc29fac1461035e575f5ffd5b806340c10f191161014457806370a082311161011f57806370a08231146102b9578063715018a6146102cc57806376671808146102d45780637795024f146102dc575f5ffd5b806340c10f191461024c57806349b90557146102615780634ff0876a14610293575f5ffd5b806306fdde031461018b578063095ea7b3146101d65780630c9d376c146101f957806318160ddd1461021957806323b872dd1461022f578063313ce5671461023d575b5f5ffd5b60408051808201909152601f81527f456d697373696f6e7344616f2041756469746f722052657075746174696f6e0060208201525b6040516101cd9190611294565b60405180910390f35b6101e96101e43660046112e4565b6103e5565b60405190151581526020016101cd565b61020c61020736600461130c565b6103ff565b6040516101cd919061133e565b610221610700565b6040519081526020016101cd565b6101e96101e4366004611389565b604051601281526020016101cd565b61025f61025a3660046112e4565b610728565b005b6101e961026f3660046113c3565b6001600160a01b03165f90815260036020526040902054600160c01b900460ff1690565b7f0000000000000000000000000000000000000000000000000000000000000000610221565b6102216102c73660046113c3565b61073e565b61025f6107d3565b6102216107e6565b61025f6102ea3660046113e3565b610841565b6001546001600160a01b03165b6040516001600160a01b0390911681526020016101cd565b61025f610322366004611463565b61091b565b5f546001600160a01b03166102fc565b600454610221565b60408051808201909152600381526205245560ec1b60208201526101c0565b61025f61036c3660046112e4565b6109f2565b61025f61037f3660046113c3565b610a57565b6103976103923660046114cd565b610aa8565b6040516101cd919061150b565b610221608081565b6102216bffffffffffffffffffffffff81565b6102216103cd366004611542565b610b4e565b61025f6103e03660046113c3565b610b56565b5f604051636ad256c560e01b815260040160405180910390fd5b60605f61040c6004610b93565b90505f61041a856001611587565b6001600160401b038111156104315761043161159a565b60405190808252806020026020018201604052801561045a578160200160208202803683370190505b5090505f610469866001611587565b6001600160401b038111156104805761048061159a565b6040519080825280602002602001820160405280156104a9578160200160208202803683370190505b506001600160a01b0386165f908152600860205260408120549192509080158015906104e157505f8181526006602052604090205415155b156105645780845f815181106104f9576104f96115ae565b60200260200101818152505060046002015f8281526020019081526020015f2054835f8151811061052c5761052c6115ae565b602002602001018181525050825f8151811061054a5761054a6115ae565b60200260200101518561055d91906115c2565b9450600191505b876001600160401b0381111561057c5761057c61159a565b6040519080825280602002602001820160405280156105a5578160200160208202803683370190505b5095505f5b888110156106f357855f036105e157604051634b14063760e11b815260048101829052602481018a90526044015b60405180910390fd5b5f868b836040516020016105ff929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c61062191906115e9565b90505f610632600483898989610bd1565b5f818152600660209081526040808320546007909252909120548b5192935090916001600160a01b03909116908b9086908110610671576106716115ae565b60200260200101906001600160a01b031690816001600160a01b031681525050818887815181106106a4576106a46115ae565b602002602001018181525050808787815181106106c3576106c36115ae565b60209081029190910101526106d7866115fc565b95506106e3818a6115c2565b98505050508060010190506105aa565b5050505050509392505050565b5f5f61070a6107e6565b905061010081101561072057600254811c610722565b5f5b91505090565b610730610cc2565b61073a8282610cee565b5050565b6001600160a01b0381165f908152600360209081526040808320815160608101835290546001600160801b0381168252600160801b81046001600160401b0316938201849052600160c01b900460ff161515918101919091529082906107a26107e6565b6107ac91906115c2565b905060808110156107c95781516001600160801b0316811c6107cb565b5f5b949350505050565b6107db610cc2565b6107e45f61104d565b565b5f7f00000000000000000000000000000000000000000000000000000000000000006108327f0000000000000000000000000000000000000000000000000000000000000000426115c2565b61083c9190611614565b905090565b6001546001600160a01b0316331461086e5760405163318d14a560e11b81523360048201526024016105d8565b6001600160a01b0382165f908152600360205260409020805460ff60c01b1916600160c01b831515021781556108d183836108a9575f6108c8565b82546001600160801b038116600160801b9091046001600160401b03161b5b6004919061109c565b826001600160a01b03167f1165c4ec0e7145e5d3d0a49cc9319da0affabeb01417c41ee294bacc7b221e568360405161090e911515815260200190565b60405180910390a2505050565b6001546001600160a01b031633146109485760405163318d14a560e11b81523360048201526024016105d8565b828114610972576040516355c5b3e360e11b815260048101849052602481018290526044016105d8565b5f5b838110156109eb5782828281811061098e5761098e6115ae565b905060200201355f146109e3576109e38585838181106109b0576109b06115ae565b90506020020160208101906109c591906113c3565b8484848181106109d7576109d76115ae565b90506020020135610cee565b600101610974565b5050505050565b6109fa610cc2565b5f610a048361073e565b905080821115610a40576040516312d9b3ff60e01b81526001600160a01b038416600482015260248101829052604481018390526064016105d8565b610a5283610a4d84611627565b610cee565b505050565b610a5f610cc2565b600180546001600160a01b0319166001600160a01b0383169081179091556040517fdb0239c63d4033dcdd21bd44f8dd479a03efbae12f6bbe27c0a5f923d26514cc905f90a250565b6060816001600160401b03811115610ac257610ac261159a565b604051908082528060200260200182016040528015610aeb578160200160208202803683370190505b5090505f5b82811015610b4757610b22848483818110610b0d57610b0d6115ae565b90506020020160208101906102c791906113c3565b828281518110610b3457610b346115ae565b6020908102919091010152600101610af0565b5092915050565b5f5b92915050565b610b5e610cc2565b6001600160a01b038116610b8757604051631e4fbdf760e01b81525f60048201526024016105d8565b610b908161104d565b50565b80545f905b8015610bcb575f818152600184016020526040902054610bb89083611587565b9150610bc56001826115c2565b16610b98565b50919050565b84545f9060015b600182901c8111610beb5760011b610bd8565b8015610cab575f610bfc8285611587565b905082811115610c0c5750610ca3565b5f81815260018a016020526040812054905b86811015610c88575f898281518110610c3957610c396115ae565b602002602001015190508681118015610c525750838111155b15610c7f57888281518110610c6957610c696115ae565b602002602001015183610c7c91906115c2565b92505b50600101610c1e565b50888111610ca057610c9a818a6115c2565b98508194505b50505b60011c610beb565b610cb6836001611587565b98975050505050505050565b5f546001600160a01b031633146107e45760405163118cdaa760e01b81523360048201526024016105d8565b5f610cf76107e6565b905060808110610d1c57604051626cbc6f60e21b8152600481018290526024016105d8565b6001600160a01b0383165f908152600360209081526040808320815160608101835290546001600160801b0381168252600160801b81046001600160401b0316938201849052600160c01b900460ff161515918101919091529190610d8190846115c2565b90505f6080821015610d9f5782516001600160801b0316821c610da1565b5f5b90505f5f8612610dfb57610db58683611587565b90506bffffffffffffffffffffffff811115610df657604051632542dac160e01b81526001600160a01b0388166004820152602481018290526044016105d8565b610e24565b5f610e0587611627565b905082811015610e1e57610e1981846115c2565b610e20565b5f5b9150505b5f84602001516001600160401b0316855f01516001600160801b0316901b90505f8683901b90506040518060600160405280846001600160801b03168152602001886001600160401b031681526020018760400151151581525060035f8b6001600160a01b03166001600160a01b031681526020019081526020015f205f820151815f015f6101000a8154816001600160801b0302191690836001600160801b031602179055506020820151815f0160106101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f0160186101000a81548160ff0219169083151502179055509050508082600254610f2891906115c2565b610f329190611587565b600255604086015115610f4b57610f4b60048a8361109c565b6001600160a01b0389167f2c8bd3340c4431e4c10f2ca4f8d02c93945c254ecba8e5d3436591ef46017f7f610f808686611641565b604080519182526020820187905281018a905260600160405180910390a283831115610ff2576001600160a01b0389165f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef610fdc87876115c2565b60405190815260200160405180910390a3611042565b83831015611042575f6001600160a01b038a167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef61103086886115c2565b60405190815260200160405180910390a35b505050505050505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0382165f9081526004840160205260408120549081900361119457815f036110cb5750505050565b835f015f81546110da906115fc565b91829055506001600160a01b0384165f818152600487016020908152604080832085905584835260038901825280832080546001600160a01b031916909417909355600288019052908120849055909150829061113983196001611587565b8316905060015b8181101561117a57600187015f61115783876115c2565b81526020019081526020015f2054836111709190611587565b925060011b611140565b50505f918252600190940160205260409020929092555050565b5f8181526002850160205260409020548281036111b2575050505050565b5f828152600286016020526040902083905584548184111561122f575f6111d983866115c2565b9050835b828111611228575f81815260018901602052604081208054849290611203908490611587565b90915550611215905081196001611587565b61122190821682611587565b90506111dd565b505061128c565b5f61123a85846115c2565b9050835b828111611289575f818152600189016020526040812080548492906112649084906115c2565b90915550611276905081196001611587565b61128290821682611587565b905061123e565b50505b505050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146112df575f5ffd5b919050565b5f5f604083850312156112f5575f5ffd5b6112fe836112c9565b946020939093013593505050565b5f5f5f6060848603121561131e575f5ffd5b8335925060208401359150611335604085016112c9565b90509250925092565b602080825282518282018190525f918401906040840190835b8181101561137e5783516001600160a01b0316835260209384019390920191600101611357565b509095945050505050565b5f5f5f6060848603121561139b575f5ffd5b6113a4846112c9565b92506113b2602085016112c9565b929592945050506040919091013590565b5f602082840312156113d3575f5ffd5b6113dc826112c9565b9392505050565b5f5f604083850312156113f4575f5ffd5b6113fd836112c9565b915060208301358015158114611411575f5ffd5b809150509250929050565b5f5f83601f84011261142c575f5ffd5b5081356001600160401b03811115611442575f5ffd5b6020830191508360208260051b850101111561145c575f5ffd5b9250929050565b5f5f5f5f60408587031215611476575f5ffd5b84356001600160401b0381111561148b575f5ffd5b6114978782880161141c565b90955093505060208501356001600160401b038111156114b5575f5ffd5b6114c18782880161141c565b95989497509550505050565b5f5f602083850312156114de575f5ffd5b82356001600160401b038111156114f3575f5ffd5b6114ff8582860161141c565b90969095509350505050565b602080825282518282018190525f918401906040840190835b8181101561137e578351835260209384019390920191600101611524565b5f5f60408385031215611553575f5ffd5b61155c836112c9565b915061156a602084016112c9565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610b5057610b50611573565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b81810381811115610b5057610b50611573565b634e487b7160e01b5f52601260045260245ffd5b5f826115f7576115f76115d5565b500690565b5f6001820161160d5761160d611573565b5060010190565b5f82611622576116226115d5565b500490565b5f600160ff1b820161163b5761163b611573565b505f0390565b8181035f831280158383131683831282161715610b4757610b4761157356fea26469706673582212202187f647f28bf8b595e246d79deb55c939b7216cb2cbbbc4b21406d3a84cc4ca64736f6c63430008250033";
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
