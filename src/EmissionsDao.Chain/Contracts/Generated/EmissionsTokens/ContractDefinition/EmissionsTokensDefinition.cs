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

namespace EmissionsDao.Chain.Contracts.Generated.EmissionsTokens.ContractDefinition
{


    public partial class EmissionsTokensDeployment : EmissionsTokensDeploymentBase
    {
        public EmissionsTokensDeployment() : base(BYTECODE) { }
        public EmissionsTokensDeployment(string byteCode) : base(byteCode) { }
    }

    public class EmissionsTokensDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60a060405234801561000f575f5ffd5b50604051611fa4380380611fa483398101604081905261002e916100b0565b6040518060400160405280601e81526020017f456d697373696f6e7344616f204175646974656420456d697373696f6e7300008152506040518060400160405280600481526020016341454d5360e01b815250815f908161008f9190610180565b50600161009c8282610180565b5050506001600160a01b031660805261023e565b5f602082840312156100c0575f5ffd5b81516001600160a01b03811681146100d6575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061010557607f821691505b60208210810361012357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561017b578282111561017b57805f5260205f20601f840160051c602085101561015457505f5b90810190601f840160051c035f5b81811015610177575f83820155600101610162565b5050505b505050565b81516001600160401b03811115610199576101996100dd565b6101ad816101a784546100f1565b84610129565b6020601f8211600181146101df575f83156101c85750848201515b5f19600385901b1c1916600184901b178455610237565b5f84815260208120601f198516915b8281101561020e57878501518255602094850194600190920191016101ee565b508482101561022b57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b608051611d3961026b5f395f81816102340152818161076a01528181610b220152610cf40152611d395ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c806370a08231116100a9578063c87b56dd1161006e578063c87b56dd14610286578063cf07b01214610299578063e985e9c5146102a1578063ea78803f146102b4578063f8e93ef9146102d4575f5ffd5b806370a082311461021f57806395a3be991461023257806395d89b4114610258578063a22cb46514610260578063b88d4fde14610273575f5ffd5b806323b872dd116100ef57806323b872dd1461019d5780633790cf57146101b057806342842e0e146101c35780635d303197146101d65780636352211e1461020c575f5ffd5b806301ffc9a71461012057806306fdde0314610148578063081812fc1461015d578063095ea7b314610188575b5f5ffd5b61013361012e3660046115da565b6102e7565b60405190151581526020015b60405180910390f35b610150610338565b60405161013f9190611623565b61017061016b366004611635565b6103c7565b6040516001600160a01b03909116815260200161013f565b61019b610196366004611660565b6103ee565b005b61019b6101ab36600461168a565b6103fd565b61019b6101be366004611635565b61048b565b61019b6101d136600461168a565b610598565b6101fe6101e43660046116c8565b6001600160a01b03165f9081526007602052604090205490565b60405190815260200161013f565b61017061021a366004611635565b6105b7565b6101fe61022d3660046116c8565b6105c1565b7f0000000000000000000000000000000000000000000000000000000000000000610170565b610150610606565b61019b61026e3660046116e3565b610615565b61019b61028136600461178d565b610620565b610150610294366004611635565b610638565b6101fe607881565b6101336102af36600461184f565b6106a9565b6102c76102c2366004611635565b6106d6565b60405161013f91906118b5565b6101fe6102e236600461193d565b610721565b5f6001600160e01b031982166380ac58cd60e01b148061031757506001600160e01b03198216635b5e139f60e01b145b8061033257506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f8054610346906119ae565b80601f0160208091040260200160405190810160405280929190818152602001828054610372906119ae565b80156103bd5780601f10610394576101008083540402835291602001916103bd565b820191905f5260205f20905b8154815290600101906020018083116103a057829003601f168201915b5050505050905090565b5f6103d182610b93565b505f828152600460205260409020546001600160a01b0316610332565b6103f9828233610bcb565b5050565b6001600160a01b03821661042b57604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f610437838333610bd8565b9050836001600160a01b0316816001600160a01b031614610485576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610422565b50505050565b5f610495826105b7565b90506001600160a01b03811633146104c95760405163c3060c8b60e01b815260048101839052336024820152604401610422565b5f8281526006602052604090205460ff16156104fb576040516331c6750360e11b815260048101839052602401610422565b5f828152600660205260408120805460ff1916600117905561051d8382610c3e565b60a001516001600160a01b0383165f9081526007602052604081208054929350839290919061054d9084906119fa565b90915550506040518181526001600160a01b0383169084907f0c56848ff2cd406a9f1ba1f90e9a116406123e8413694361ed996137f42ebef7906020015b60405180910390a3505050565b6105b283838360405180602001604052805f815250610620565b505050565b5f61033282610b93565b5f6001600160a01b0382166105eb576040516322718ad960e21b81525f6004820152602401610422565b506001600160a01b03165f9081526003602052604090205490565b606060018054610346906119ae565b6103f9338383610f03565b61062b8484846103fd565b6104853385858585610fc2565b606061064382610b93565b505f61065960408051602081019091525f815290565b90505f8151116106775760405180602001604052805f8152506106a2565b80610681846110ea565b604051602001610692929190611a24565b6040516020818303038152906040525b9392505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b6106de61156d565b6106e9826001610c3e565b90506106f482610b93565b6001600160a01b03166020808301919091525f9283526006905260409091205460ff16151560c082015290565b5f818015806107305750607881115b1561075157604051631528181560e31b815260048101829052602401610422565b604051631683c61360e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631683c613906107a19088908890600401611a68565b5f60405180830381865afa1580156107bb573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526107e29190810190611aa9565b90505f805b83811015610a04575f83828151811061080257610802611bd6565b60200260200101519050336001600160a01b0316815f01516001600160a01b0316146108715787878381811061083a5761083a611bd6565b8351604051630b43068f60e41b81526020909202939093013560048201526001600160a01b03909216602483015250604401610422565b6060810151156108bd5787878381811061088d5761088d611bd6565b905060200201358160600151604051630e8cec9b60e41b8152600401610422929190918252602082015260400190565b81156109e1575f846108d0600185611bea565b815181106108e0576108e0611bd6565b602002602001015190508060800151826080015114610959578888610906600186611bea565b81811061091557610915611bd6565b9050602002013589898581811061092e5761092e611bd6565b9050602002013560405163ebee526160e01b8152600401610422929190918252602082015260400190565b604081015161096f9063ffffffff1660016119fa565b826020015163ffffffff16146109df57888861098c600186611bea565b81811061099b5761099b611bd6565b905060200201358989858181106109b4576109b4611bd6565b90506020020135604051637af6ca3560e11b8152600401610422929190918252602082015260400190565b505b60a08101516109f9906001600160601b0316846119fa565b9250506001016107e7565b506001600160601b03811115610a305760405163013715b160e71b815260048101829052602401610422565b85855f818110610a4257610a42611bd6565b9050602002013593505f825f81518110610a5e57610a5e611bd6565b60200260200101516020015190505f83600186610a7b9190611bea565b81518110610a8b57610a8b611bd6565b6020026020010151604001519050610aa3338761117a565b835f81518110610ab557610ab5611bd6565b602002602001015160800151336001600160a01b0316877f5faab6a76bde51c186359169030ec4af98cdcb34b4b798e7fe281021c7e17c038585888e8e604051610b03959493929190611bfd565b60405180910390a4604051631c54fd9f60e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631c54fd9f90610b5b908b908b908b90600401611c39565b5f604051808303815f87803b158015610b72575f5ffd5b505af1158015610b84573d5f5f3e3d5ffd5b50505050505050505092915050565b5f818152600260205260408120546001600160a01b03168061033257604051637e27328960e01b815260048101849052602401610422565b6105b283838360016111db565b5f828152600260205260408120546001600160a01b031615801590610c0a57505f8381526006602052604090205460ff165b15610c2b576040516331c6750360e11b815260048101849052602401610422565b610c368484846112df565b949350505050565b610c4661156d565b604080516078808252610f2082019092525f9160208201610f008036833750506040805160018082528183019092529293505f9291506020808301908036833701905050905084815f81518110610c9f57610c9f611bd6565b6020026020010181815250505f5b815f81518110610cbf57610cbf611bd6565b60200260200101515f14158015610cd65750607881105b15610e5a57604051631683c61360e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631683c61390610d29908690600401611c5c565b5f60405180830381865afa158015610d43573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610d6a9190810190611aa9565b5f81518110610d7b57610d7b611bd6565b6020026020010151905086816060015114610d965750610e5a565b815f03610db85760808101516040860152602081015163ffffffff1660608601525b604081015163ffffffff16608086015260a08082015190860180516001600160601b0390921691610dea9083906119fa565b905250825183905f90610dff57610dff611bd6565b6020026020010151848380610e1390611c9e565b945081518110610e2557610e25611bd6565b6020026020010181815250508060e00151835f81518110610e4857610e48611bd6565b60200260200101818152505050610cad565b8584528415610efa578067ffffffffffffffff811115610e7c57610e7c61171e565b604051908082528060200260200182016040528015610ea5578160200160208202803683370190505b5060e08501525f5b81811015610ef857838181518110610ec757610ec7611bd6565b60200260200101518560e001518281518110610ee557610ee5611bd6565b6020908102919091010152600101610ead565b505b50505092915050565b6001600160a01b038316610f2c5760405163a9fbf51f60e01b81525f6004820152602401610422565b6001600160a01b038216610f5e57604051630b61174360e31b81526001600160a01b0383166004820152602401610422565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910161058b565b6001600160a01b0383163b156110e357604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290611004908890889087908790600401611cb6565b6020604051808303815f875af192505050801561103e575060408051601f3d908101601f1916820190925261103b91810190611ce8565b60015b6110a5573d80801561106b576040519150601f19603f3d011682016040523d82523d5f602084013e611070565b606091505b5080515f0361109d57604051633250574960e11b81526001600160a01b0385166004820152602401610422565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b146110e157604051633250574960e11b81526001600160a01b0385166004820152602401610422565b505b5050505050565b60605f6110f6836113d1565b60010190505f8167ffffffffffffffff8111156111155761111561171e565b6040519080825280601f01601f19166020018201604052801561113f576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461114957509392505050565b6001600160a01b0382166111a357604051633250574960e11b81525f6004820152602401610422565b5f6111af83835f610bd8565b90506001600160a01b038116156105b2576040516339e3563760e11b81525f6004820152602401610422565b80806111ef57506001600160a01b03821615155b156112b0575f6111fe84610b93565b90506001600160a01b0383161580159061122a5750826001600160a01b0316816001600160a01b031614155b801561123d575061123b81846106a9565b155b156112665760405163a9fbf51f60e01b81526001600160a01b0384166004820152602401610422565b81156112ae5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f828152600260205260408120546001600160a01b039081169083161561130b5761130b8184866114a8565b6001600160a01b03811615611345576113265f855f5f6111db565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615611373576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b831061140f5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef8100000000831061143b576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061145957662386f26fc10000830492506010015b6305f5e1008310611471576305f5e100830492506008015b612710831061148557612710830492506004015b60648310611497576064830492506002015b600a83106103325760010192915050565b6114b383838361150c565b6105b2576001600160a01b0383166114e157604051637e27328960e01b815260048101829052602401610422565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610422565b5f6001600160a01b03831615801590610c365750826001600160a01b0316846001600160a01b03161480611545575061154584846106a9565b80610c365750505f908152600460205260409020546001600160a01b03908116911614919050565b6040518061010001604052805f81526020015f6001600160a01b031681526020015f81526020015f63ffffffff1681526020015f63ffffffff1681526020015f81526020015f15158152602001606081525090565b6001600160e01b0319811681146115d7575f5ffd5b50565b5f602082840312156115ea575f5ffd5b81356106a2816115c2565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6106a260208301846115f5565b5f60208284031215611645575f5ffd5b5035919050565b6001600160a01b03811681146115d7575f5ffd5b5f5f60408385031215611671575f5ffd5b823561167c8161164c565b946020939093013593505050565b5f5f5f6060848603121561169c575f5ffd5b83356116a78161164c565b925060208401356116b78161164c565b929592945050506040919091013590565b5f602082840312156116d8575f5ffd5b81356106a28161164c565b5f5f604083850312156116f4575f5ffd5b82356116ff8161164c565b915060208301358015158114611713575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b604051610100810167ffffffffffffffff811182821017156117565761175661171e565b60405290565b604051601f8201601f1916810167ffffffffffffffff811182821017156117855761178561171e565b604052919050565b5f5f5f5f608085870312156117a0575f5ffd5b84356117ab8161164c565b935060208501356117bb8161164c565b925060408501359150606085013567ffffffffffffffff8111156117dd575f5ffd5b8501601f810187136117ed575f5ffd5b803567ffffffffffffffff8111156118075761180761171e565b61181a601f8201601f191660200161175c565b81815288602083850101111561182e575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215611860575f5ffd5b823561186b8161164c565b915060208301356117138161164c565b5f8151808452602084019350602083015f5b828110156118ab57815186526020958601959091019060010161188d565b5093949350505050565b602081528151602082015260018060a01b0360208301511660408201526040820151606082015263ffffffff60608301511660808201525f608083015161190460a084018263ffffffff169052565b5060a083015160c083015260c083015161192260e084018215159052565b5060e083015161010080840152610c3661012084018261187b565b5f5f6020838503121561194e575f5ffd5b823567ffffffffffffffff811115611964575f5ffd5b8301601f81018513611974575f5ffd5b803567ffffffffffffffff81111561198a575f5ffd5b8560208260051b840101111561199e575f5ffd5b6020919091019590945092505050565b600181811c908216806119c257607f821691505b6020821081036119e057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610332576103326119e6565b5f81518060208401855e5f93019283525090919050565b5f610c36611a328386611a0d565b84611a0d565b8183525f6001600160fb1b03831115611a4f575f5ffd5b8260051b80836020870137939093016020019392505050565b602081525f610c36602083018486611a38565b805163ffffffff81168114611a8e575f5ffd5b919050565b80516001600160601b0381168114611a8e575f5ffd5b5f60208284031215611ab9575f5ffd5b815167ffffffffffffffff811115611acf575f5ffd5b8201601f81018413611adf575f5ffd5b805167ffffffffffffffff811115611af957611af961171e565b611b0860208260051b0161175c565b8082825260208201915060208360081b850101925086831115611b29575f5ffd5b6020840193505b82841015611bcc576101008488031215611b48575f5ffd5b611b50611732565b8451611b5b8161164c565b8152611b6960208601611a7b565b6020820152611b7a60408601611a7b565b60408201526060858101519082015260808086015190820152611b9f60a08601611a93565b60a082015260c0858101519082015260e08086015190820152825261010090930192602090910190611b30565b9695505050505050565b634e487b7160e01b5f52603260045260245ffd5b81810381811115610332576103326119e6565b63ffffffff8616815263ffffffff85166020820152836040820152608060608201525f611c2e608083018486611a38565b979650505050505050565b604081525f611c4c604083018587611a38565b9050826020830152949350505050565b602080825282518282018190525f918401906040840190835b81811015611c93578351835260209384019390920191600101611c75565b509095945050505050565b5f60018201611caf57611caf6119e6565b5060010190565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90611bcc908301846115f5565b5f60208284031215611cf8575f5ffd5b81516106a2816115c256fea264697066735822122070274c31f5d286dc1f999a609c86044e827800565152a4444bfb336f109815af64736f6c63430008250033";
        public EmissionsTokensDeploymentBase() : base(BYTECODE) { }
        public EmissionsTokensDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "_emissionsRecords", 1)]
        public virtual string EmissionsRecords { get; set; }
    }

    public partial class MaxRecordsPerTokenFunction : MaxRecordsPerTokenFunctionBase { }

    [Function("MAX_RECORDS_PER_TOKEN", "uint256")]
    public class MaxRecordsPerTokenFunctionBase : FunctionMessage
    {

    }

    public partial class ApproveFunction : ApproveFunctionBase { }

    [Function("approve")]
    public class ApproveFunctionBase : FunctionMessage
    {
        [Parameter("address", "to", 1)]
        public virtual string To { get; set; }
        [Parameter("uint256", "tokenId", 2)]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class BalanceOfFunction : BalanceOfFunctionBase { }

    [Function("balanceOf", "uint256")]
    public class BalanceOfFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class GetApprovedFunction : GetApprovedFunctionBase { }

    [Function("getApproved", "address")]
    public class GetApprovedFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "tokenId", 1)]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class IsApprovedForAllFunction : IsApprovedForAllFunctionBase { }

    [Function("isApprovedForAll", "bool")]
    public class IsApprovedForAllFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("address", "operator", 2)]
        public virtual string Operator { get; set; }
    }

    public partial class MintFunction : MintFunctionBase { }

    [Function("mint", "uint256")]
    public class MintFunctionBase : FunctionMessage
    {
        [Parameter("uint256[]", "recordIds", 1)]
        public virtual List<BigInteger> RecordIds { get; set; }
    }

    public partial class NameFunction : NameFunctionBase { }

    [Function("name", "string")]
    public class NameFunctionBase : FunctionMessage
    {

    }

    public partial class OwnerOfFunction : OwnerOfFunctionBase { }

    [Function("ownerOf", "address")]
    public class OwnerOfFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "tokenId", 1)]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class RecordsFunction : RecordsFunctionBase { }

    [Function("records", "address")]
    public class RecordsFunctionBase : FunctionMessage
    {

    }

    public partial class RetireFunction : RetireFunctionBase { }

    [Function("retire")]
    public class RetireFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "tokenId", 1)]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class RetiredGramsOfFunction : RetiredGramsOfFunctionBase { }

    [Function("retiredGramsOf", "uint256")]
    public class RetiredGramsOfFunctionBase : FunctionMessage
    {
        [Parameter("address", "holder", 1)]
        public virtual string Holder { get; set; }
    }

    public partial class SafeTransferFromFunction : SafeTransferFromFunctionBase { }

    [Function("safeTransferFrom")]
    public class SafeTransferFromFunctionBase : FunctionMessage
    {
        [Parameter("address", "from", 1)]
        public virtual string From { get; set; }
        [Parameter("address", "to", 2)]
        public virtual string To { get; set; }
        [Parameter("uint256", "tokenId", 3)]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class SafeTransferFrom1Function : SafeTransferFrom1FunctionBase { }

    [Function("safeTransferFrom")]
    public class SafeTransferFrom1FunctionBase : FunctionMessage
    {
        [Parameter("address", "from", 1)]
        public virtual string From { get; set; }
        [Parameter("address", "to", 2)]
        public virtual string To { get; set; }
        [Parameter("uint256", "tokenId", 3)]
        public virtual BigInteger TokenId { get; set; }
        [Parameter("bytes", "data", 4)]
        public virtual byte[] Data { get; set; }
    }

    public partial class SetApprovalForAllFunction : SetApprovalForAllFunctionBase { }

    [Function("setApprovalForAll")]
    public class SetApprovalForAllFunctionBase : FunctionMessage
    {
        [Parameter("address", "operator", 1)]
        public virtual string Operator { get; set; }
        [Parameter("bool", "approved", 2)]
        public virtual bool Approved { get; set; }
    }

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class SymbolFunction : SymbolFunctionBase { }

    [Function("symbol", "string")]
    public class SymbolFunctionBase : FunctionMessage
    {

    }

    public partial class TokenOfFunction : TokenOfFunctionBase { }

    [Function("tokenOf", typeof(TokenOfOutputDTO))]
    public class TokenOfFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "tokenId", 1)]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class TokenURIFunction : TokenURIFunctionBase { }

    [Function("tokenURI", "string")]
    public class TokenURIFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "tokenId", 1)]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class TransferFromFunction : TransferFromFunctionBase { }

    [Function("transferFrom")]
    public class TransferFromFunctionBase : FunctionMessage
    {
        [Parameter("address", "from", 1)]
        public virtual string From { get; set; }
        [Parameter("address", "to", 2)]
        public virtual string To { get; set; }
        [Parameter("uint256", "tokenId", 3)]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class ApprovalEventDTO : ApprovalEventDTOBase { }

    [Event("Approval")]
    public class ApprovalEventDTOBase : IEventDTO
    {
        [Parameter("address", "owner", 1, true )]
        public virtual string Owner { get; set; }
        [Parameter("address", "approved", 2, true )]
        public virtual string Approved { get; set; }
        [Parameter("uint256", "tokenId", 3, true )]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class ApprovalForAllEventDTO : ApprovalForAllEventDTOBase { }

    [Event("ApprovalForAll")]
    public class ApprovalForAllEventDTOBase : IEventDTO
    {
        [Parameter("address", "owner", 1, true )]
        public virtual string Owner { get; set; }
        [Parameter("address", "operator", 2, true )]
        public virtual string Operator { get; set; }
        [Parameter("bool", "approved", 3, false )]
        public virtual bool Approved { get; set; }
    }

    public partial class TokenMintedEventDTO : TokenMintedEventDTOBase { }

    [Event("TokenMinted")]
    public class TokenMintedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "tokenId", 1, true )]
        public virtual BigInteger TokenId { get; set; }
        [Parameter("address", "holder", 2, true )]
        public virtual string Holder { get; set; }
        [Parameter("bytes32", "subjectKey", 3, true )]
        public virtual byte[] SubjectKey { get; set; }
        [Parameter("uint32", "startDay", 4, false )]
        public virtual uint StartDay { get; set; }
        [Parameter("uint32", "endDay", 5, false )]
        public virtual uint EndDay { get; set; }
        [Parameter("uint256", "grams", 6, false )]
        public virtual BigInteger Grams { get; set; }
        [Parameter("uint256[]", "recordIds", 7, false )]
        public virtual List<BigInteger> RecordIds { get; set; }
    }

    public partial class TokenRetiredEventDTO : TokenRetiredEventDTOBase { }

    [Event("TokenRetired")]
    public class TokenRetiredEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "tokenId", 1, true )]
        public virtual BigInteger TokenId { get; set; }
        [Parameter("address", "holder", 2, true )]
        public virtual string Holder { get; set; }
        [Parameter("uint256", "grams", 3, false )]
        public virtual BigInteger Grams { get; set; }
    }

    public partial class TransferEventDTO : TransferEventDTOBase { }

    [Event("Transfer")]
    public class TransferEventDTOBase : IEventDTO
    {
        [Parameter("address", "from", 1, true )]
        public virtual string From { get; set; }
        [Parameter("address", "to", 2, true )]
        public virtual string To { get; set; }
        [Parameter("uint256", "tokenId", 3, true )]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class ERC721IncorrectOwnerError : ERC721IncorrectOwnerErrorBase { }

    [Error("ERC721IncorrectOwner")]
    public class ERC721IncorrectOwnerErrorBase : IErrorDTO
    {
        [Parameter("address", "sender", 1)]
        public virtual string Sender { get; set; }
        [Parameter("uint256", "tokenId", 2)]
        public virtual BigInteger TokenId { get; set; }
        [Parameter("address", "owner", 3)]
        public virtual string Owner { get; set; }
    }

    public partial class ERC721InsufficientApprovalError : ERC721InsufficientApprovalErrorBase { }

    [Error("ERC721InsufficientApproval")]
    public class ERC721InsufficientApprovalErrorBase : IErrorDTO
    {
        [Parameter("address", "operator", 1)]
        public virtual string Operator { get; set; }
        [Parameter("uint256", "tokenId", 2)]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class ERC721InvalidApproverError : ERC721InvalidApproverErrorBase { }

    [Error("ERC721InvalidApprover")]
    public class ERC721InvalidApproverErrorBase : IErrorDTO
    {
        [Parameter("address", "approver", 1)]
        public virtual string Approver { get; set; }
    }

    public partial class ERC721InvalidOperatorError : ERC721InvalidOperatorErrorBase { }

    [Error("ERC721InvalidOperator")]
    public class ERC721InvalidOperatorErrorBase : IErrorDTO
    {
        [Parameter("address", "operator", 1)]
        public virtual string Operator { get; set; }
    }

    public partial class ERC721InvalidOwnerError : ERC721InvalidOwnerErrorBase { }

    [Error("ERC721InvalidOwner")]
    public class ERC721InvalidOwnerErrorBase : IErrorDTO
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class ERC721InvalidReceiverError : ERC721InvalidReceiverErrorBase { }

    [Error("ERC721InvalidReceiver")]
    public class ERC721InvalidReceiverErrorBase : IErrorDTO
    {
        [Parameter("address", "receiver", 1)]
        public virtual string Receiver { get; set; }
    }

    public partial class ERC721InvalidSenderError : ERC721InvalidSenderErrorBase { }

    [Error("ERC721InvalidSender")]
    public class ERC721InvalidSenderErrorBase : IErrorDTO
    {
        [Parameter("address", "sender", 1)]
        public virtual string Sender { get; set; }
    }

    public partial class ERC721NonexistentTokenError : ERC721NonexistentTokenErrorBase { }

    [Error("ERC721NonexistentToken")]
    public class ERC721NonexistentTokenErrorBase : IErrorDTO
    {
        [Parameter("uint256", "tokenId", 1)]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class EmissionsTooLargeError : EmissionsTooLargeErrorBase { }

    [Error("EmissionsTooLarge")]
    public class EmissionsTooLargeErrorBase : IErrorDTO
    {
        [Parameter("uint256", "grams", 1)]
        public virtual BigInteger Grams { get; set; }
    }

    public partial class InvalidRecordCountError : InvalidRecordCountErrorBase { }

    [Error("InvalidRecordCount")]
    public class InvalidRecordCountErrorBase : IErrorDTO
    {
        [Parameter("uint256", "count", 1)]
        public virtual BigInteger Count { get; set; }
    }

    public partial class NotRecordOwnerError : NotRecordOwnerErrorBase { }

    [Error("NotRecordOwner")]
    public class NotRecordOwnerErrorBase : IErrorDTO
    {
        [Parameter("uint256", "recordId", 1)]
        public virtual BigInteger RecordId { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
    }

    public partial class NotTokenHolderError : NotTokenHolderErrorBase { }

    [Error("NotTokenHolder")]
    public class NotTokenHolderErrorBase : IErrorDTO
    {
        [Parameter("uint256", "tokenId", 1)]
        public virtual BigInteger TokenId { get; set; }
        [Parameter("address", "caller", 2)]
        public virtual string Caller { get; set; }
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

    public partial class RecordsNotContiguousError : RecordsNotContiguousErrorBase { }

    [Error("RecordsNotContiguous")]
    public class RecordsNotContiguousErrorBase : IErrorDTO
    {
        [Parameter("uint256", "previousRecordId", 1)]
        public virtual BigInteger PreviousRecordId { get; set; }
        [Parameter("uint256", "recordId", 2)]
        public virtual BigInteger RecordId { get; set; }
    }

    public partial class SubjectMismatchError : SubjectMismatchErrorBase { }

    [Error("SubjectMismatch")]
    public class SubjectMismatchErrorBase : IErrorDTO
    {
        [Parameter("uint256", "previousRecordId", 1)]
        public virtual BigInteger PreviousRecordId { get; set; }
        [Parameter("uint256", "recordId", 2)]
        public virtual BigInteger RecordId { get; set; }
    }

    public partial class TokenIsRetiredError : TokenIsRetiredErrorBase { }

    [Error("TokenIsRetired")]
    public class TokenIsRetiredErrorBase : IErrorDTO
    {
        [Parameter("uint256", "tokenId", 1)]
        public virtual BigInteger TokenId { get; set; }
    }

    public partial class MaxRecordsPerTokenOutputDTO : MaxRecordsPerTokenOutputDTOBase { }

    [FunctionOutput]
    public class MaxRecordsPerTokenOutputDTOBase : IFunctionOutputDTO
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

    public partial class GetApprovedOutputDTO : GetApprovedOutputDTOBase { }

    [FunctionOutput]
    public class GetApprovedOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class IsApprovedForAllOutputDTO : IsApprovedForAllOutputDTOBase { }

    [FunctionOutput]
    public class IsApprovedForAllOutputDTOBase : IFunctionOutputDTO
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

    public partial class OwnerOfOutputDTO : OwnerOfOutputDTOBase { }

    [FunctionOutput]
    public class OwnerOfOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class RecordsOutputDTO : RecordsOutputDTOBase { }

    [FunctionOutput]
    public class RecordsOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }



    public partial class RetiredGramsOfOutputDTO : RetiredGramsOfOutputDTOBase { }

    [FunctionOutput]
    public class RetiredGramsOfOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }







    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class SymbolOutputDTO : SymbolOutputDTOBase { }

    [FunctionOutput]
    public class SymbolOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class TokenOfOutputDTO : TokenOfOutputDTOBase { }

    [FunctionOutput]
    public class TokenOfOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("tuple", "view_", 1)]
        public virtual TokenView View { get; set; }
    }

    public partial class TokenURIOutputDTO : TokenURIOutputDTOBase { }

    [FunctionOutput]
    public class TokenURIOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }


}
