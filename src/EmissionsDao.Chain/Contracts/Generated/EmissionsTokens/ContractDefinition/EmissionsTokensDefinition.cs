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
        public static string BYTECODE = "0x60a060405234801561000f575f5ffd5b5060405161207638038061207683398101604081905261002e916100b0565b6040518060400160405280601e81526020017f456d697373696f6e7344616f204175646974656420456d697373696f6e7300008152506040518060400160405280600481526020016341454d5360e01b815250815f908161008f9190610180565b50600161009c8282610180565b5050506001600160a01b031660805261023e565b5f602082840312156100c0575f5ffd5b81516001600160a01b03811681146100d6575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061010557607f821691505b60208210810361012357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561017b578282111561017b57805f5260205f20601f840160051c602085101561015457505f5b90810190601f840160051c035f5b81811015610177575f83820155600101610162565b5050505b505050565b81516001600160401b03811115610199576101996100dd565b6101ad816101a784546100f1565b84610129565b6020601f8211600181146101df575f83156101c85750848201515b5f19600385901b1c1916600184901b178455610237565b5f84815260208120601f198516915b8281101561020e57878501518255602094850194600190920191016101ee565b508482101561022b57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b608051611e0b61026b5f395f818161023f0152818161091701528181610a360152610f280152611e0b5ff3fe608060405234801561000f575f5ffd5b5060043610610127575f3560e01c806395a3be99116100a9578063c87b56dd1161006e578063c87b56dd14610299578063cf07b012146102ac578063e985e9c5146102b4578063ea78803f146102c7578063f8e93ef9146102e7575f5ffd5b806395a3be991461023d57806395d89b41146102635780639f181b5e1461026b578063a22cb46514610273578063b88d4fde14610286575f5ffd5b80633790cf57116100ef5780633790cf57146101bb57806342842e0e146101ce5780635d303197146101e15780636352211e1461021757806370a082311461022a575f5ffd5b806301ffc9a71461012b57806306fdde0314610153578063081812fc14610168578063095ea7b31461019357806323b872dd146101a8575b5f5ffd5b61013e6101393660046116ac565b6102fa565b60405190151581526020015b60405180910390f35b61015b61034b565b60405161014a91906116f5565b61017b610176366004611707565b6103da565b6040516001600160a01b03909116815260200161014a565b6101a66101a1366004611732565b610401565b005b6101a66101b636600461175c565b610410565b6101a66101c9366004611707565b61049e565b6101a66101dc36600461175c565b6105b2565b6102096101ef36600461179a565b6001600160a01b03165f9081526008602052604090205490565b60405190815260200161014a565b61017b610225366004611707565b6105d1565b61020961023836600461179a565b6105db565b7f000000000000000000000000000000000000000000000000000000000000000061017b565b61015b610620565b600654610209565b6101a66102813660046117b5565b61062f565b6101a661029436600461185f565b61063a565b61015b6102a7366004611707565b610652565b610209607881565b61013e6102c2366004611921565b6106c3565b6102da6102d5366004611707565b6106f0565b60405161014a9190611987565b6102096102f5366004611a0f565b6109ed565b5f6001600160e01b031982166380ac58cd60e01b148061032a57506001600160e01b03198216635b5e139f60e01b145b8061034557506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f805461035990611a80565b80601f016020809104026020016040519081016040528092919081815260200182805461038590611a80565b80156103d05780601f106103a7576101008083540402835291602001916103d0565b820191905f5260205f20905b8154815290600101906020018083116103b357829003601f168201915b5050505050905090565b5f6103e482610f99565b505f828152600460205260409020546001600160a01b0316610345565b61040c828233610fd1565b5050565b6001600160a01b03821661043e57604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f61044a838333610fde565b9050836001600160a01b0316816001600160a01b031614610498576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610435565b50505050565b5f6104a8826105d1565b90506001600160a01b03811633146104dc5760405163c3060c8b60e01b815260048101839052336024820152604401610435565b5f8281526007602052604090208054600160a01b900460ff1615610516576040516331c6750360e11b815260048101849052602401610435565b805460ff60a01b198116600160a01b1782556001600160a01b0383165f90815260086020526040812080546001600160601b039093169290919061055b908490611acc565b909155505080546040516001600160601b0390911681526001600160a01b0383169084907f0c56848ff2cd406a9f1ba1f90e9a116406123e8413694361ed996137f42ebef7906020015b60405180910390a3505050565b6105cc83838360405180602001604052805f81525061063a565b505050565b5f61034582610f99565b5f6001600160a01b038216610605576040516322718ad960e21b81525f6004820152602401610435565b506001600160a01b03165f9081526003602052604090205490565b60606001805461035990611a80565b61040c33838361102a565b610645848484610410565b61049833858585856110e9565b606061065d82610f99565b505f61067360408051602081019091525f815290565b90505f8151116106915760405180602001604052805f8152506106bc565b8061069b84611211565b6040516020016106ac929190611af6565b6040516020818303038152906040525b9392505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b6107486040518061010001604052805f81526020015f6001600160a01b031681526020015f81526020015f63ffffffff1681526020015f63ffffffff1681526020015f81526020015f15158152602001606081525090565b61075182610f99565b6001600160a01b03166020808301919091525f83815260078252604090819020815160c0808201845291546001600160601b03808216835263ffffffff600160601b83048116968401968752600160801b8304811695840195865260ff600160a01b8404161515606080860191825261ffff600160a81b86048116608080890191825267ffffffffffffffff600160b81b909804881660a0808b01919091528e8e529b518616938d01939093529851909316908a015284519092169688019690965251151592860192909252915191929190911690811115610835576108356117f0565b60405190808252806020026020018201604052801561085e578160200160208202803683370190505b5060e08301526040805160018082528183019092525f91602080830190803683370190505090508160a0015167ffffffffffffffff16815f815181106108a6576108a6611b0a565b60209081029190910101525f5b826080015161ffff168110156109e557815f815181106108d5576108d5611b0a565b60200260200101518460e0015182815181106108f3576108f3611b0a565b6020908102919091010152604051631683c61360e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631683c6139061094c908690600401611b1e565b5f60405180830381865afa158015610966573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261098d9190810190611b8e565b5f8151811061099e5761099e611b0a565b60200260200101519050815f036109ba57608081015160408601525b8060e00151835f815181106109d1576109d1611b0a565b6020908102919091010152506001016108b3565b505050919050565b5f818015806109fc5750607881115b15610a1d57604051631528181560e31b815260048101829052602401610435565b604051631683c61360e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631683c61390610a6d9088908890600401611ceb565b5f60405180830381865afa158015610a87573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610aae9190810190611b8e565b90505f805b83811015610cd0575f838281518110610ace57610ace611b0a565b60200260200101519050336001600160a01b0316815f01516001600160a01b031614610b3d57878783818110610b0657610b06611b0a565b8351604051630b43068f60e41b81526020909202939093013560048201526001600160a01b03909216602483015250604401610435565b606081015115610b8957878783818110610b5957610b59611b0a565b905060200201358160600151604051630e8cec9b60e41b8152600401610435929190918252602082015260400190565b8115610cad575f84610b9c600185611cfe565b81518110610bac57610bac611b0a565b602002602001015190508060800151826080015114610c25578888610bd2600186611cfe565b818110610be157610be1611b0a565b90506020020135898985818110610bfa57610bfa611b0a565b9050602002013560405163ebee526160e01b8152600401610435929190918252602082015260400190565b6040810151610c3b9063ffffffff166001611acc565b826020015163ffffffff1614610cab578888610c58600186611cfe565b818110610c6757610c67611b0a565b90506020020135898985818110610c8057610c80611b0a565b90506020020135604051637af6ca3560e11b8152600401610435929190918252602082015260400190565b505b60a0810151610cc5906001600160601b031684611acc565b925050600101610ab3565b506001600160601b03811115610cfc5760405163013715b160e71b815260048101829052602401610435565b60065f8154610d0a90611d11565b91905081905593505f825f81518110610d2557610d25611b0a565b60200260200101516020015190505f83600186610d429190611cfe565b81518110610d5257610d52611b0a565b60200260200101516040015190506040518060c00160405280846001600160601b031681526020018363ffffffff1681526020018263ffffffff1681526020015f151581526020018661ffff16815260200189895f818110610db657610db6611b0a565b67ffffffffffffffff602091820293909301358316909352505f898152600783526040908190208451815494860151928601516060870151608088015160a090980151909516600160b81b0267ffffffffffffffff60b81b1961ffff909816600160a81b029790971669ffffffffffffffffffff60a81b19951515600160a01b0260ff60a01b1963ffffffff938416600160801b021664ffffffffff60801b1993909616600160601b026fffffffffffffffffffffffffffffffff199098166001600160601b0390941693909317969096171692909217919091179190911691909117919091179055610ea933876112a1565b835f81518110610ebb57610ebb611b0a565b602002602001015160800151336001600160a01b0316877f5faab6a76bde51c186359169030ec4af98cdcb34b4b798e7fe281021c7e17c038585888e8e604051610f09959493929190611d29565b60405180910390a4604051631c54fd9f60e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631c54fd9f90610f61908b908b908b90600401611d65565b5f604051808303815f87803b158015610f78575f5ffd5b505af1158015610f8a573d5f5f3e3d5ffd5b50505050505050505092915050565b5f818152600260205260408120546001600160a01b03168061034557604051637e27328960e01b815260048101849052602401610435565b6105cc8383836001611302565b5f82815260076020526040812054600160a01b900460ff1615611017576040516331c6750360e11b815260048101849052602401610435565b611022848484611406565b949350505050565b6001600160a01b0383166110535760405163a9fbf51f60e01b81525f6004820152602401610435565b6001600160a01b03821661108557604051630b61174360e31b81526001600160a01b0383166004820152602401610435565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3191016105a5565b6001600160a01b0383163b1561120a57604051630a85bd0160e11b81526001600160a01b0384169063150b7a029061112b908890889087908790600401611d88565b6020604051808303815f875af1925050508015611165575060408051601f3d908101601f1916820190925261116291810190611dba565b60015b6111cc573d808015611192576040519150601f19603f3d011682016040523d82523d5f602084013e611197565b606091505b5080515f036111c457604051633250574960e11b81526001600160a01b0385166004820152602401610435565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461120857604051633250574960e11b81526001600160a01b0385166004820152602401610435565b505b5050505050565b60605f61121d836114f8565b60010190505f8167ffffffffffffffff81111561123c5761123c6117f0565b6040519080825280601f01601f191660200182016040528015611266576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461127057509392505050565b6001600160a01b0382166112ca57604051633250574960e11b81525f6004820152602401610435565b5f6112d683835f610fde565b90506001600160a01b038116156105cc576040516339e3563760e11b81525f6004820152602401610435565b808061131657506001600160a01b03821615155b156113d7575f61132584610f99565b90506001600160a01b038316158015906113515750826001600160a01b0316816001600160a01b031614155b8015611364575061136281846106c3565b155b1561138d5760405163a9fbf51f60e01b81526001600160a01b0384166004820152602401610435565b81156113d55783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f828152600260205260408120546001600160a01b0390811690831615611432576114328184866115cf565b6001600160a01b0381161561146c5761144d5f855f5f611302565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b0385161561149a576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106115365772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611562576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061158057662386f26fc10000830492506010015b6305f5e1008310611598576305f5e100830492506008015b61271083106115ac57612710830492506004015b606483106115be576064830492506002015b600a83106103455760010192915050565b6115da838383611633565b6105cc576001600160a01b03831661160857604051637e27328960e01b815260048101829052602401610435565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610435565b5f6001600160a01b038316158015906110225750826001600160a01b0316846001600160a01b0316148061166c575061166c84846106c3565b806110225750505f908152600460205260409020546001600160a01b03908116911614919050565b6001600160e01b0319811681146116a9575f5ffd5b50565b5f602082840312156116bc575f5ffd5b81356106bc81611694565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6106bc60208301846116c7565b5f60208284031215611717575f5ffd5b5035919050565b6001600160a01b03811681146116a9575f5ffd5b5f5f60408385031215611743575f5ffd5b823561174e8161171e565b946020939093013593505050565b5f5f5f6060848603121561176e575f5ffd5b83356117798161171e565b925060208401356117898161171e565b929592945050506040919091013590565b5f602082840312156117aa575f5ffd5b81356106bc8161171e565b5f5f604083850312156117c6575f5ffd5b82356117d18161171e565b9150602083013580151581146117e5575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b604051610100810167ffffffffffffffff81118282101715611828576118286117f0565b60405290565b604051601f8201601f1916810167ffffffffffffffff81118282101715611857576118576117f0565b604052919050565b5f5f5f5f60808587031215611872575f5ffd5b843561187d8161171e565b9350602085013561188d8161171e565b925060408501359150606085013567ffffffffffffffff8111156118af575f5ffd5b8501601f810187136118bf575f5ffd5b803567ffffffffffffffff8111156118d9576118d96117f0565b6118ec601f8201601f191660200161182e565b818152886020838501011115611900575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215611932575f5ffd5b823561193d8161171e565b915060208301356117e58161171e565b5f8151808452602084019350602083015f5b8281101561197d57815186526020958601959091019060010161195f565b5093949350505050565b602081528151602082015260018060a01b0360208301511660408201526040820151606082015263ffffffff60608301511660808201525f60808301516119d660a084018263ffffffff169052565b5060a083015160c083015260c08301516119f460e084018215159052565b5060e08301516101008084015261102261012084018261194d565b5f5f60208385031215611a20575f5ffd5b823567ffffffffffffffff811115611a36575f5ffd5b8301601f81018513611a46575f5ffd5b803567ffffffffffffffff811115611a5c575f5ffd5b8560208260051b8401011115611a70575f5ffd5b6020919091019590945092505050565b600181811c90821680611a9457607f821691505b602082108103611ab257634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561034557610345611ab8565b5f81518060208401855e5f93019283525090919050565b5f611022611b048386611adf565b84611adf565b634e487b7160e01b5f52603260045260245ffd5b602080825282518282018190525f918401906040840190835b81811015611b55578351835260209384019390920191600101611b37565b509095945050505050565b805163ffffffff81168114611b73575f5ffd5b919050565b80516001600160601b0381168114611b73575f5ffd5b5f60208284031215611b9e575f5ffd5b815167ffffffffffffffff811115611bb4575f5ffd5b8201601f81018413611bc4575f5ffd5b805167ffffffffffffffff811115611bde57611bde6117f0565b611bed60208260051b0161182e565b8082825260208201915060208360081b850101925086831115611c0e575f5ffd5b6020840193505b82841015611cb1576101008488031215611c2d575f5ffd5b611c35611804565b8451611c408161171e565b8152611c4e60208601611b60565b6020820152611c5f60408601611b60565b60408201526060858101519082015260808086015190820152611c8460a08601611b78565b60a082015260c0858101519082015260e08086015190820152825261010090930192602090910190611c15565b9695505050505050565b8183525f6001600160fb1b03831115611cd2575f5ffd5b8260051b80836020870137939093016020019392505050565b602081525f611022602083018486611cbb565b8181038181111561034557610345611ab8565b5f60018201611d2257611d22611ab8565b5060010190565b63ffffffff8616815263ffffffff85166020820152836040820152608060608201525f611d5a608083018486611cbb565b979650505050505050565b604081525f611d78604083018587611cbb565b9050826020830152949350505050565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90611cb1908301846116c7565b5f60208284031215611dca575f5ffd5b81516106bc8161169456fea2646970667358221220e884a496231e082554222ad8ef1843919ff39810878d28a39a68156848d9266e64736f6c63430008250033";
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

    public partial class TokenCountFunction : TokenCountFunctionBase { }

    [Function("tokenCount", "uint256")]
    public class TokenCountFunctionBase : FunctionMessage
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

    public partial class TokenCountOutputDTO : TokenCountOutputDTOBase { }

    [FunctionOutput]
    public class TokenCountOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
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
