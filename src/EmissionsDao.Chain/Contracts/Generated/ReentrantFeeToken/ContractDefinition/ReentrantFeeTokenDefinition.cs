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

namespace EmissionsDao.Chain.Contracts.Generated.ReentrantFeeToken.ContractDefinition
{


    public partial class ReentrantFeeTokenDeployment : ReentrantFeeTokenDeploymentBase
    {
        public ReentrantFeeTokenDeployment() : base(BYTECODE) { }
        public ReentrantFeeTokenDeployment(string byteCode) : base(byteCode) { }
    }

    public class ReentrantFeeTokenDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x610160604052348015610010575f5ffd5b506040518060400160405280600d81526020016c1499595b9d1c985b9d081554d1609a1b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600d81526020016c1499595b9d1c985b9d081554d1609a1b815250604051806040016040528060048152602001631c9554d160e21b81525081600390816100a49190610254565b5060046100b18282610254565b5050506100c38261016b60201b60201c565b610120526100d08161016b565b61014052815160208084019190912060e052815190820120610100524660a05261015c60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0525061036a565b5f5f829050601f8151111561019e578260405163305a27a960e01b81526004016101959190610312565b60405180910390fd5b80516101a982610347565b179392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101d957607f821691505b6020821081036101f757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561024f578282111561024f57805f5260205f20601f840160051c602085101561022857505f5b90810190601f840160051c035f5b8181101561024b575f83820155600101610236565b5050505b505050565b81516001600160401b0381111561026d5761026d6101b1565b6102818161027b84546101c5565b846101fd565b6020601f8211600181146102b3575f831561029c5750848201515b5f19600385901b1c1916600184901b17845561030b565b5f84815260208120601f198516915b828110156102e257878501518255602094850194600190920191016102c2565b50848210156102ff57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156101f7575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161115a6103bb5f395f61079501525f61076a01525f6106df01525f6106b701525f61061201525f61063c01525f610666015261115a5ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c806340c10f191161009357806395d89b411161006357806395d89b41146101ef578063a9059cbb146101f7578063d505accf1461020a578063dd62ed3e1461021d575f5ffd5b806340c10f191461018657806370a08231146101995780637ecebe00146101c157806384b0196e146101d4575f5ffd5b806323b872dd116100ce57806323b872dd14610147578063313ce5671461015a5780633522bfd0146101695780633644e5151461017e575f5ffd5b806306fdde03146100f4578063095ea7b31461011257806318160ddd14610135575b5f5ffd5b6100fc610255565b6040516101099190610cca565b60405180910390f35b610125610120366004610cfe565b6102e5565b6040519015158152602001610109565b6002545b604051908152602001610109565b610125610155366004610d26565b6102fe565b60405160068152602001610109565b61017c610177366004610d60565b610321565b005b61013961034f565b61017c610194366004610cfe565b61035d565b6101396101a7366004610dde565b6001600160a01b03165f9081526020819052604090205490565b6101396101cf366004610dde565b61036b565b6101dc610388565b6040516101099796959493929190610df7565b6100fc6103ca565b610125610205366004610cfe565b6103d9565b61017c610218366004610e8d565b6103e6565b61013961022b366004610efa565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b60606003805461026490610f2b565b80601f016020809104026020016040519081016040528092919081815260200182805461029090610f2b565b80156102db5780601f106102b2576101008083540402835291602001916102db565b820191905f5260205f20905b8154815290600101906020018083116102be57829003601f168201915b5050505050905090565b5f336102f2818585610521565b60019150505b92915050565b5f3361030b858285610533565b6103168585856105a9565b506001949350505050565b600880546001600160a01b0319166001600160a01b0385161790556009610349828483610fc5565b50505050565b5f610358610606565b905090565b610367828261072f565b5050565b6001600160a01b0381165f908152600760205260408120546102f8565b5f6060805f5f5f6060610399610763565b6103a161078e565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b60606004805461026490610f2b565b5f336102f28185856105a9565b8342111561040f5760405163313c898160e11b8152600481018590526024015b60405180910390fd5b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c988888861045a8c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f6104b4826107b9565b90505f6104c3828787876107e5565b9050896001600160a01b0316816001600160a01b03161461050a576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610406565b6105158a8a8a610521565b50505050505050505050565b61052e8383836001610811565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610349578181101561059b57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610406565b61034984848484035f610811565b6001600160a01b0383166105d257604051634b637e8f60e11b81525f6004820152602401610406565b6001600160a01b0382166105fb5760405163ec442f0560e01b81525f6004820152602401610406565b61052e8383836108e3565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561065e57507f000000000000000000000000000000000000000000000000000000000000000046145b1561068857507f000000000000000000000000000000000000000000000000000000000000000090565b610358604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6001600160a01b0382166107585760405163ec442f0560e01b81525f6004820152602401610406565b6103675f83836108e3565b60606103587f0000000000000000000000000000000000000000000000000000000000000000610992565b60606103587f0000000000000000000000000000000000000000000000000000000000000000610992565b5f6102f86107c5610606565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f6107f5888888886109cf565b9250925092506108058282610a97565b50909695505050505050565b6001600160a01b03841661083a5760405163e602df0560e01b81525f6004820152602401610406565b6001600160a01b03831661086357604051634a1406b160e11b81525f6004820152602401610406565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561034957826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516108d591815260200190565b60405180910390a350505050565b6108ee838383610b4f565b6008546001600160a01b0316801580159061091a5750806001600160a01b0316846001600160a01b0316145b15610349575f5f826001600160a01b0316600960405161093a9190611080565b5f604051808303815f865af19150503d805f8114610973576040519150601f19603f3d011682016040523d82523d5f602084013e610978565b606091505b50915091508161098a57805160208201fd5b505050505050565b60605f61099e83610c75565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610a0857505f91506003905082610a8d565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610a59573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610a8457505f925060019150829050610a8d565b92505f91508190505b9450945094915050565b5f826003811115610aaa57610aaa6110f1565b03610ab3575050565b6001826003811115610ac757610ac76110f1565b03610ae55760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115610af957610af96110f1565b03610b1a5760405163fce698f760e01b815260048101829052602401610406565b6003826003811115610b2e57610b2e6110f1565b03610367576040516335e2f38360e21b815260048101829052602401610406565b6001600160a01b038316610b79578060025f828254610b6e9190611105565b90915550610be99050565b6001600160a01b0383165f9081526020819052604090205481811015610bcb5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610406565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610c0557600280548290039055610c23565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610c6891815260200190565b60405180910390a3505050565b5f60ff8216601f8111156102f857604051632cd44ac360e21b815260040160405180910390fd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610cdc6020830184610c9c565b9392505050565b80356001600160a01b0381168114610cf9575f5ffd5b919050565b5f5f60408385031215610d0f575f5ffd5b610d1883610ce3565b946020939093013593505050565b5f5f5f60608486031215610d38575f5ffd5b610d4184610ce3565b9250610d4f60208501610ce3565b929592945050506040919091013590565b5f5f5f60408486031215610d72575f5ffd5b610d7b84610ce3565b9250602084013567ffffffffffffffff811115610d96575f5ffd5b8401601f81018613610da6575f5ffd5b803567ffffffffffffffff811115610dbc575f5ffd5b866020828401011115610dcd575f5ffd5b939660209190910195509293505050565b5f60208284031215610dee575f5ffd5b610cdc82610ce3565b60ff60f81b8816815260e060208201525f610e1560e0830189610c9c565b8281036040840152610e278189610c9c565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610e7c578351835260209384019390920191600101610e5e565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a031215610ea3575f5ffd5b610eac88610ce3565b9650610eba60208901610ce3565b95506040880135945060608801359350608088013560ff81168114610edd575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215610f0b575f5ffd5b610f1483610ce3565b9150610f2260208401610ce3565b90509250929050565b600181811c90821680610f3f57607f821691505b602082108103610f5d57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b601f82111561052e578282111561052e57805f5260205f20601f840160051c6020851015610fa257505f5b90810190601f840160051c035f5b8181101561098a575f83820155600101610fb0565b67ffffffffffffffff831115610fdd57610fdd610f63565b610ff183610feb8354610f2b565b83610f77565b5f601f841160018114611022575f851561100b5750838201355b5f19600387901b1c1916600186901b178355611079565b5f83815260208120601f198716915b828110156110515786850135825560209485019460019092019101611031565b508682101561106d575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b5f5f835461108d81610f2b565b6001821680156110a457600181146110b9576110e6565b60ff19831686528115158202860193506110e6565b865f5260205f205f5b838110156110de578154888201526001909101906020016110c2565b505081860193505b509195945050505050565b634e487b7160e01b5f52602160045260245ffd5b808201808211156102f857634e487b7160e01b5f52601160045260245ffdfea2646970667358221220320ed1f5403da74a3ef9de5d8e5765ee403f40a8009db3f97c51c7aa00eb7c4364736f6c63430008250033";
        public ReentrantFeeTokenDeploymentBase() : base(BYTECODE) { }
        public ReentrantFeeTokenDeploymentBase(string byteCode) : base(byteCode) { }

    }

    public partial class DomainSeparatorFunction : DomainSeparatorFunctionBase { }

    [Function("DOMAIN_SEPARATOR", "bytes32")]
    public class DomainSeparatorFunctionBase : FunctionMessage
    {

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

    public partial class ArmFunction : ArmFunctionBase { }

    [Function("arm")]
    public class ArmFunctionBase : FunctionMessage
    {
        [Parameter("address", "target", 1)]
        public virtual string Target { get; set; }
        [Parameter("bytes", "payload", 2)]
        public virtual byte[] Payload { get; set; }
    }

    public partial class BalanceOfFunction : BalanceOfFunctionBase { }

    [Function("balanceOf", "uint256")]
    public class BalanceOfFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class DecimalsFunction : DecimalsFunctionBase { }

    [Function("decimals", "uint8")]
    public class DecimalsFunctionBase : FunctionMessage
    {

    }

    public partial class Eip712DomainFunction : Eip712DomainFunctionBase { }

    [Function("eip712Domain", typeof(Eip712DomainOutputDTO))]
    public class Eip712DomainFunctionBase : FunctionMessage
    {

    }

    public partial class MintFunction : MintFunctionBase { }

    [Function("mint")]
    public class MintFunctionBase : FunctionMessage
    {
        [Parameter("address", "to", 1)]
        public virtual string To { get; set; }
        [Parameter("uint256", "amount", 2)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class NameFunction : NameFunctionBase { }

    [Function("name", "string")]
    public class NameFunctionBase : FunctionMessage
    {

    }

    public partial class NoncesFunction : NoncesFunctionBase { }

    [Function("nonces", "uint256")]
    public class NoncesFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class PermitFunction : PermitFunctionBase { }

    [Function("permit")]
    public class PermitFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("address", "spender", 2)]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "value", 3)]
        public virtual BigInteger Value { get; set; }
        [Parameter("uint256", "deadline", 4)]
        public virtual BigInteger Deadline { get; set; }
        [Parameter("uint8", "v", 5)]
        public virtual byte V { get; set; }
        [Parameter("bytes32", "r", 6)]
        public virtual byte[] R { get; set; }
        [Parameter("bytes32", "s", 7)]
        public virtual byte[] S { get; set; }
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

    public partial class EIP712DomainChangedEventDTO : EIP712DomainChangedEventDTOBase { }

    [Event("EIP712DomainChanged")]
    public class EIP712DomainChangedEventDTOBase : IEventDTO
    {
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

    public partial class ECDSAInvalidSignatureError : ECDSAInvalidSignatureErrorBase { }
    [Error("ECDSAInvalidSignature")]
    public class ECDSAInvalidSignatureErrorBase : IErrorDTO
    {
    }

    public partial class ECDSAInvalidSignatureLengthError : ECDSAInvalidSignatureLengthErrorBase { }

    [Error("ECDSAInvalidSignatureLength")]
    public class ECDSAInvalidSignatureLengthErrorBase : IErrorDTO
    {
        [Parameter("uint256", "length", 1)]
        public virtual BigInteger Length { get; set; }
    }

    public partial class ECDSAInvalidSignatureSError : ECDSAInvalidSignatureSErrorBase { }

    [Error("ECDSAInvalidSignatureS")]
    public class ECDSAInvalidSignatureSErrorBase : IErrorDTO
    {
        [Parameter("bytes32", "s", 1)]
        public virtual byte[] S { get; set; }
    }

    public partial class ERC20InsufficientAllowanceError : ERC20InsufficientAllowanceErrorBase { }

    [Error("ERC20InsufficientAllowance")]
    public class ERC20InsufficientAllowanceErrorBase : IErrorDTO
    {
        [Parameter("address", "spender", 1)]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "allowance", 2)]
        public virtual BigInteger Allowance { get; set; }
        [Parameter("uint256", "needed", 3)]
        public virtual BigInteger Needed { get; set; }
    }

    public partial class ERC20InsufficientBalanceError : ERC20InsufficientBalanceErrorBase { }

    [Error("ERC20InsufficientBalance")]
    public class ERC20InsufficientBalanceErrorBase : IErrorDTO
    {
        [Parameter("address", "sender", 1)]
        public virtual string Sender { get; set; }
        [Parameter("uint256", "balance", 2)]
        public virtual BigInteger Balance { get; set; }
        [Parameter("uint256", "needed", 3)]
        public virtual BigInteger Needed { get; set; }
    }

    public partial class ERC20InvalidApproverError : ERC20InvalidApproverErrorBase { }

    [Error("ERC20InvalidApprover")]
    public class ERC20InvalidApproverErrorBase : IErrorDTO
    {
        [Parameter("address", "approver", 1)]
        public virtual string Approver { get; set; }
    }

    public partial class ERC20InvalidReceiverError : ERC20InvalidReceiverErrorBase { }

    [Error("ERC20InvalidReceiver")]
    public class ERC20InvalidReceiverErrorBase : IErrorDTO
    {
        [Parameter("address", "receiver", 1)]
        public virtual string Receiver { get; set; }
    }

    public partial class ERC20InvalidSenderError : ERC20InvalidSenderErrorBase { }

    [Error("ERC20InvalidSender")]
    public class ERC20InvalidSenderErrorBase : IErrorDTO
    {
        [Parameter("address", "sender", 1)]
        public virtual string Sender { get; set; }
    }

    public partial class ERC20InvalidSpenderError : ERC20InvalidSpenderErrorBase { }

    [Error("ERC20InvalidSpender")]
    public class ERC20InvalidSpenderErrorBase : IErrorDTO
    {
        [Parameter("address", "spender", 1)]
        public virtual string Spender { get; set; }
    }

    public partial class ERC2612ExpiredSignatureError : ERC2612ExpiredSignatureErrorBase { }

    [Error("ERC2612ExpiredSignature")]
    public class ERC2612ExpiredSignatureErrorBase : IErrorDTO
    {
        [Parameter("uint256", "deadline", 1)]
        public virtual BigInteger Deadline { get; set; }
    }

    public partial class ERC2612InvalidSignerError : ERC2612InvalidSignerErrorBase { }

    [Error("ERC2612InvalidSigner")]
    public class ERC2612InvalidSignerErrorBase : IErrorDTO
    {
        [Parameter("address", "signer", 1)]
        public virtual string Signer { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
    }

    public partial class InvalidAccountNonceError : InvalidAccountNonceErrorBase { }

    [Error("InvalidAccountNonce")]
    public class InvalidAccountNonceErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "currentNonce", 2)]
        public virtual BigInteger CurrentNonce { get; set; }
    }

    public partial class InvalidShortStringError : InvalidShortStringErrorBase { }
    [Error("InvalidShortString")]
    public class InvalidShortStringErrorBase : IErrorDTO
    {
    }

    public partial class StringTooLongError : StringTooLongErrorBase { }

    [Error("StringTooLong")]
    public class StringTooLongErrorBase : IErrorDTO
    {
        [Parameter("string", "str", 1)]
        public virtual string Str { get; set; }
    }

    public partial class DomainSeparatorOutputDTO : DomainSeparatorOutputDTOBase { }

    [FunctionOutput]
    public class DomainSeparatorOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class AllowanceOutputDTO : AllowanceOutputDTOBase { }

    [FunctionOutput]
    public class AllowanceOutputDTOBase : IFunctionOutputDTO
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

    public partial class DecimalsOutputDTO : DecimalsOutputDTOBase { }

    [FunctionOutput]
    public class DecimalsOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
    }

    public partial class Eip712DomainOutputDTO : Eip712DomainOutputDTOBase { }

    [FunctionOutput]
    public class Eip712DomainOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bytes1", "fields", 1)]
        public virtual byte[] Fields { get; set; }
        [Parameter("string", "name", 2)]
        public virtual string Name { get; set; }
        [Parameter("string", "version", 3)]
        public virtual string Version { get; set; }
        [Parameter("uint256", "chainId", 4)]
        public virtual BigInteger ChainId { get; set; }
        [Parameter("address", "verifyingContract", 5)]
        public virtual string VerifyingContract { get; set; }
        [Parameter("bytes32", "salt", 6)]
        public virtual byte[] Salt { get; set; }
        [Parameter("uint256[]", "extensions", 7)]
        public virtual List<BigInteger> Extensions { get; set; }
    }



    public partial class NameOutputDTO : NameOutputDTOBase { }

    [FunctionOutput]
    public class NameOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class NoncesOutputDTO : NoncesOutputDTOBase { }

    [FunctionOutput]
    public class NoncesOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
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




}
