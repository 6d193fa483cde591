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
        public static string BYTECODE = "0x60c060405234801561000f575f5ffd5b506040516119a13803806119a183398101604081905261002e916100e2565b816001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610093565b50805f03610086576040516368f5f8f160e11b815260040160405180910390fd5b4260805260a05250610119565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f604083850312156100f3575f5ffd5b82516001600160a01b0381168114610109575f5ffd5b6020939093015192949293505050565b60805160a0516118606101415f395f818161029501526108bc01525f6108e001526118605ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c80637b103999116100d9578063a9059cbb11610093578063c8b72f8f1161006e578063c8b72f8f146103a4578063d213c0f2146103ac578063dd62ed3e146103bf578063f2fde38b146103d2575f5ffd5b8063a9059cbb146101d6578063a91ee0dc14610371578063b25f548814610384575f5ffd5b80637b103999146102ef5780638b407367146103145780638da5cb5b14610327578063932e59d61461033757806395d89b411461033f5780639dc29fac1461035e575f5ffd5b806340c10f191161014457806370a082311161011f57806370a08231146102b9578063715018a6146102cc57806376671808146102d45780637795024f146102dc575f5ffd5b806340c10f191461024c57806349b90557146102615780634ff0876a14610293575f5ffd5b806306fdde031461018b578063095ea7b3146101d65780630c9d376c146101f957806318160ddd1461021957806323b872dd1461022f578063313ce5671461023d575b5f5ffd5b60408051808201909152601f81527f456d697373696f6e7344616f2041756469746f722052657075746174696f6e0060208201525b6040516101cd919061145e565b60405180910390f35b6101e96101e43660046114ae565b6103e5565b60405190151581526020016101cd565b61020c6102073660046114d6565b6103ff565b6040516101cd9190611508565b6102216107bd565b6040519081526020016101cd565b6101e96101e4366004611553565b604051601281526020016101cd565b61025f61025a3660046114ae565b6107e5565b005b6101e961026f36600461158d565b6001600160a01b03165f90815260036020526040902054600160c01b900460ff1690565b7f0000000000000000000000000000000000000000000000000000000000000000610221565b6102216102c736600461158d565b6107fb565b61025f6108a6565b6102216108b9565b61025f6102ea3660046115ad565b610914565b6001546001600160a01b03165b6040516001600160a01b0390911681526020016101cd565b61025f61032236600461162d565b610aa9565b5f546001600160a01b03166102fc565b600454610221565b60408051808201909152600381526205245560ec1b60208201526101c0565b61025f61036c3660046114ae565b610b80565b61025f61037f36600461158d565b610be5565b610397610392366004611697565b610c36565b6040516101cd91906116d5565b610221608081565b6102216bffffffffffffffffffffffff81565b6102216103cd36600461170c565b610cdc565b61025f6103e036600461158d565b610ce4565b5f604051636ad256c560e01b815260040160405180910390fd5b60605f61040c6004610d21565b90505f61041a856001611751565b6001600160401b0381111561043157610431611764565b60405190808252806020026020018201604052801561045a578160200160208202803683370190505b5090505f610469866001611751565b6001600160401b0381111561048057610480611764565b6040519080825280602002602001820160405280156104a9578160200160208202803683370190505b506001600160a01b0386165f908152600360209081526040808320815160808101835290546001600160801b0381168252600160801b81046001600160401b031693820193909352600160c01b830460ff16151591810191909152600160c81b90910466ffffffffffffff166060820152919250908161052882610d5f565b9050816060015166ffffffffffffff165f1415801561054657508015155b156105c257816060015166ffffffffffffff16855f8151811061056b5761056b611778565b60200260200101818152505080845f8151811061058a5761058a611778565b602002602001018181525050835f815181106105a8576105a8611778565b6020026020010151866105bb919061178c565b9550600192505b886001600160401b038111156105da576105da611764565b604051908082528060200260200182016040528015610603578160200160208202803683370190505b5096505f5b898110156107af57865f0361063f57604051634b14063760e11b815260048101829052602481018b90526044015b60405180910390fd5b5f878c8360405160200161065d929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c61067f91906117b3565b90505f6106906004838a8a8a610d8f565b5f818152600660209081526040808320546001600160a01b031680845260038352818420825160808101845290546001600160801b0381168252600160801b81046001600160401b031694820194909452600160c01b840460ff16151592810192909252600160c81b90920466ffffffffffffff1660608201529293509161071790610d5f565b9050818c868151811061072c5761072c611778565b60200260200101906001600160a01b031690816001600160a01b031681525050828a898151811061075f5761075f611778565b6020026020010181815250508089898151811061077e5761077e611778565b6020908102919091010152610792886117c6565b975061079e818c61178c565b9a5050505050806001019050610608565b505050505050509392505050565b5f5f6107c76108b9565b90506101008110156107dd57600254811c6107df565b5f5b91505090565b6107ed610e80565b6107f78282610eac565b5050565b6001600160a01b0381165f908152600360209081526040808320815160808101835290546001600160801b0381168252600160801b81046001600160401b0316938201849052600160c01b810460ff16151592820192909252600160c81b90910466ffffffffffffff1660608201529082906108756108b9565b61087f919061178c565b9050608081101561089c5781516001600160801b0316811c61089e565b5f5b949350505050565b6108ae610e80565b6108b75f611231565b565b5f7f00000000000000000000000000000000000000000000000000000000000000006109057f00000000000000000000000000000000000000000000000000000000000000004261178c565b61090f91906117de565b905090565b6001546001600160a01b031633146109415760405163318d14a560e11b8152336004820152602401610636565b6001600160a01b0382165f908152600360209081526040808320815160808101835290546001600160801b0381168252600160801b81046001600160401b031693820193909352600160c01b830460ff16151591810191909152600160c81b90910466ffffffffffffff166060820152906109bb82610d5f565b831515604084015290506109d98483836109d482610d5f565b611280565b6001600160a01b0384165f81815260036020908152604091829020855181549287015184880151606089015166ffffffffffffff16600160c81b026001600160c81b03911515600160c01b02919091166001600160c01b036001600160401b03909316600160801b026001600160c01b03199096166001600160801b0390941693909317949094171617919091179055517f1165c4ec0e7145e5d3d0a49cc9319da0affabeb01417c41ee294bacc7b221e5690610a9b90861515815260200190565b60405180910390a250505050565b6001546001600160a01b03163314610ad65760405163318d14a560e11b8152336004820152602401610636565b828114610b00576040516355c5b3e360e11b81526004810184905260248101829052604401610636565b5f5b83811015610b7957828282818110610b1c57610b1c611778565b905060200201355f14610b7157610b71858583818110610b3e57610b3e611778565b9050602002016020810190610b53919061158d565b848484818110610b6557610b65611778565b90506020020135610eac565b600101610b02565b5050505050565b610b88610e80565b5f610b92836107fb565b905080821115610bce576040516312d9b3ff60e01b81526001600160a01b03841660048201526024810182905260448101839052606401610636565b610be083610bdb846117f1565b610eac565b505050565b610bed610e80565b600180546001600160a01b0319166001600160a01b0383169081179091556040517fdb0239c63d4033dcdd21bd44f8dd479a03efbae12f6bbe27c0a5f923d26514cc905f90a250565b6060816001600160401b03811115610c5057610c50611764565b604051908082528060200260200182016040528015610c79578160200160208202803683370190505b5090505f5b82811015610cd557610cb0848483818110610c9b57610c9b611778565b90506020020160208101906102c7919061158d565b828281518110610cc257610cc2611778565b6020908102919091010152600101610c7e565b5092915050565b5f5b92915050565b610cec610e80565b6001600160a01b038116610d1557604051631e4fbdf760e01b81525f6004820152602401610636565b610d1e81611231565b50565b80545f905b8015610d59575f818152600184016020526040902054610d469083611751565b9150610d5360018261178c565b16610d26565b50919050565b5f8160400151610d6f575f610cde565b50602081015190516001600160801b03166001600160401b039091161b90565b84545f9060015b600182901c8111610da95760011b610d96565b8015610e69575f610dba8285611751565b905082811115610dca5750610e61565b5f81815260018a016020526040812054905b86811015610e46575f898281518110610df757610df7611778565b602002602001015190508681118015610e105750838111155b15610e3d57888281518110610e2757610e27611778565b602002602001015183610e3a919061178c565b92505b50600101610ddc565b50888111610e5e57610e58818a61178c565b98508194505b50505b60011c610da9565b610e74836001611751565b98975050505050505050565b5f546001600160a01b031633146108b75760405163118cdaa760e01b8152336004820152602401610636565b5f610eb56108b9565b905060808110610eda57604051626cbc6f60e21b815260048101829052602401610636565b6001600160a01b0383165f908152600360209081526040808320815160808101835290546001600160801b0381168252600160801b81046001600160401b0316938201849052600160c01b810460ff16151592820192909252600160c81b90910466ffffffffffffff1660608201529190610f55908461178c565b90505f6080821015610f735782516001600160801b0316821c610f75565b5f5b90505f5f8612610fcf57610f898683611751565b90506bffffffffffffffffffffffff811115610fca57604051632542dac160e01b81526001600160a01b038816600482015260248101829052604401610636565b610ff8565b5f610fd9876117f1565b905082811015610ff257610fed818461178c565b610ff4565b5f5b9150505b5f84602001516001600160401b0316855f01516001600160801b0316901b90505f8683901b90505f6040518060800160405280856001600160801b03168152602001896001600160401b03168152602001886040015115158152602001886060015166ffffffffffffff16815250905086604001511561107e5761107e8a828585611280565b6001600160a01b038a165f90815260036020908152604091829020835181549285015193850151606086015166ffffffffffffff16600160c81b026001600160c81b03911515600160c01b02919091166001600160c01b036001600160401b03909616600160801b026001600160c01b03199095166001600160801b0390931692909217939093179390931692909217179055600254829061112190859061178c565b61112b9190611751565b6002556001600160a01b038a167f2c8bd3340c4431e4c10f2ca4f8d02c93945c254ecba8e5d3436591ef46017f7f611163878761180b565b604080519182526020820188905281018b905260600160405180910390a2848411156111d5576001600160a01b038a165f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6111bf888861178c565b60405190815260200160405180910390a3611225565b84841015611225575f6001600160a01b038b167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef611213878961178c565b60405190815260200160405180910390a35b50505050505050505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b826060015166ffffffffffffff165f036112ba5780156112b5576112a6600485836112dc565b66ffffffffffffff1660608401525b6112d6565b60608301516112d69060049066ffffffffffffff168484611389565b50505050565b5f835f015f81546112ec906117c6565b91829055505f818152600286016020526040812080546001600160a01b0319166001600160a01b038716179055909150829061132a83196001611751565b8316905060015b8181101561136b57600187015f611348838761178c565b81526020019081526020015f2054836113619190611751565b925060011b611331565b50505f82815260019095016020526040909420939093555090919050565b8181146112d6578354828211156113fb575f6113a5848461178c565b9050845b8281116113f4575f818152600188016020526040812080548492906113cf908490611751565b909155506113e1905081196001611751565b6113ed90821682611751565b90506113a9565b5050610b79565b5f611406838561178c565b9050845b828111611455575f8181526001880160205260408120805484929061143090849061178c565b90915550611442905081196001611751565b61144e90821682611751565b905061140a565b50505050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146114a9575f5ffd5b919050565b5f5f604083850312156114bf575f5ffd5b6114c883611493565b946020939093013593505050565b5f5f5f606084860312156114e8575f5ffd5b83359250602084013591506114ff60408501611493565b90509250925092565b602080825282518282018190525f918401906040840190835b818110156115485783516001600160a01b0316835260209384019390920191600101611521565b509095945050505050565b5f5f5f60608486031215611565575f5ffd5b61156e84611493565b925061157c60208501611493565b929592945050506040919091013590565b5f6020828403121561159d575f5ffd5b6115a682611493565b9392505050565b5f5f604083850312156115be575f5ffd5b6115c783611493565b9150602083013580151581146115db575f5ffd5b809150509250929050565b5f5f83601f8401126115f6575f5ffd5b5081356001600160401b0381111561160c575f5ffd5b6020830191508360208260051b8501011115611626575f5ffd5b9250929050565b5f5f5f5f60408587031215611640575f5ffd5b84356001600160401b03811115611655575f5ffd5b611661878288016115e6565b90955093505060208501356001600160401b0381111561167f575f5ffd5b61168b878288016115e6565b95989497509550505050565b5f5f602083850312156116a8575f5ffd5b82356001600160401b038111156116bd575f5ffd5b6116c9858286016115e6565b90969095509350505050565b602080825282518282018190525f918401906040840190835b818110156115485783518352602093840193909201916001016116ee565b5f5f6040838503121561171d575f5ffd5b61172683611493565b915061173460208401611493565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610cde57610cde61173d565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b81810381811115610cde57610cde61173d565b634e487b7160e01b5f52601260045260245ffd5b5f826117c1576117c161179f565b500690565b5f600182016117d7576117d761173d565b5060010190565b5f826117ec576117ec61179f565b500490565b5f600160ff1b82016118055761180561173d565b505f0390565b8181035f831280158383131683831282161715610cd557610cd561173d56fea26469706673582212209edd4fc401c49d30ebe7c6e317558361826c0ce969887a492006427fa7f794f264736f6c63430008250033";
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
