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

namespace EmissionsDao.Chain.Contracts.Generated.SupplyVotesToken.ContractDefinition
{


    public partial class SupplyVotesTokenDeployment : SupplyVotesTokenDeploymentBase
    {
        public SupplyVotesTokenDeployment() : base(BYTECODE) { }
        public SupplyVotesTokenDeployment(string byteCode) : base(byteCode) { }
    }

    public class SupplyVotesTokenDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x610180604052348015610010575f5ffd5b506040516124bc3803806124bc83398101604081905261002f9161080e565b6040518060400160405280600c81526020016b537570706c7920566f74657360a01b815250604051806040016040528060018152602001603160f81b8152506040518060400160405280600c81526020016b537570706c7920566f74657360a01b8152506040518060400160405280600381526020016214d59560ea1b81525081600390816100be91906108e7565b5060046100cb82826108e7565b5050506100dd8261019660201b60201c565b610120526100ea81610196565b61014052815160208084019190912060e052815190820120610100524660a05261017660e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261016081905261018f82826101dc565b5050610a75565b5f5f829050601f815111156101c9578260405163305a27a960e01b81526004016101c091906109a5565b60405180910390fd5b80516101d4826109da565b179392505050565b6001600160a01b0382166102055760405163ec442f0560e01b81525f60048201526024016101c0565b6102105f8383610214565b5050565b61021f838383610224565b505050565b61022f83838361028a565b6001600160a01b03831661027f575f61024760025490565b90506001600160d01b038082111561027c57604051630e58ae9360e11b815260048101839052602481018290526044016101c0565b50505b61021f8383836103b0565b6001600160a01b0383166102b4578060025f8282546102a99190610a11565b909155506103249050565b6001600160a01b0383165f90815260208190526040902054818110156103065760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016101c0565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166103405760028054829003905561035e565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516103a391815260200190565b60405180910390a3505050565b6001600160a01b0383166103de576103db600a6106a361043860201b176103d68461044c565b610483565b50505b6001600160a01b03821661040757610404600a6106ae6104b860201b176103d68461044c565b50505b6001600160a01b038381165f9081526008602052604080822054858416835291205461021f929182169116836104c3565b5f6104438284610a24565b90505b92915050565b5f6001600160d01b0382111561047f576040516306dfcc6560e41b815260d06004820152602481018390526044016101c0565b5090565b5f806104ab610490610613565b6104a361049c88610621565b868860201c565b879190610669565b915091505b935093915050565b5f6104438284610a43565b816001600160a01b0316836001600160a01b0316141580156104e457505f81115b1561021f576001600160a01b0383161561057c576001600160a01b0383165f9081526009602090815260408220829161052a91906104b8901b6106ae176103d68661044c565b6001600160d01b031691506001600160d01b03169150846001600160a01b03165f51602061249c5f395f51905f528383604051610571929190918252602082015260400190565b60405180910390a250505b6001600160a01b0382161561021f576001600160a01b0382165f908152600960209081526040822082916105bd9190610438901b6106a3176103d68661044c565b6001600160d01b031691506001600160d01b03169150836001600160a01b03165f51602061249c5f395f51905f528383604051610604929190918252602082015260400190565b60405180910390a25050505050565b5f61061c610676565b905090565b80545f908015610660576106478361063a600184610a62565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610662565b5f5b9392505050565b5f806104ab858585610680565b5f61061c426107dc565b82545f908190801561077f575f61069c8761063a600185610a62565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156106e257604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361071e57825465ffffffffffff1666010000000000006001600160d01b03891602178355610771565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506104b092505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816104b0565b5f65ffffffffffff82111561047f576040516306dfcc6560e41b815260306004820152602481018390526044016101c0565b5f5f6040838503121561081f575f5ffd5b82516001600160a01b0381168114610835575f5ffd5b6020939093015192949293505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061086d57607f821691505b60208210810361088b57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561021f578282111561021f57805f5260205f20601f840160051c60208510156108bc57505f5b90810190601f840160051c035f5b818110156108df575f838201556001016108ca565b505050505050565b81516001600160401b0381111561090057610900610845565b6109148161090e8454610859565b84610891565b6020601f821160018114610946575f831561092f5750848201515b5f19600385901b1c1916600184901b17845561099e565b5f84815260208120601f198516915b828110156109755787850151825560209485019460019092019101610955565b508482101561099257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561088b575f1960209190910360031b1b16919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610446576104466109fd565b6001600160d01b038181168382160190811115610446576104466109fd565b6001600160d01b038281168282160390811115610446576104466109fd565b81810381811115610446576104466109fd565b60805160a05160c05160e051610100516101205161014051610160516119cc610ad05f395f6101ac01525f61096601525f61093b01525f61103601525f61100e01525f610f6901525f610f9301525f610fbd01526119cc5ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c806370a08231116100b457806395d89b411161007957806395d89b41146103375780639ab24eb01461033f578063a9059cbb14610352578063c3cda52014610365578063dd62ed3e14610378578063f1127ed8146103b0575f5ffd5b806370a082311461029a5780637ecebe00146102c257806384b0196e146102ea5780638e539e8c1461030557806391ddadf414610318575f5ffd5b8063313ce56711610105578063313ce567146101ce5780633a46b1a8146101dd5780634bf5d7e9146101f0578063587cde1e1461021a5780635c19a95c1461025d5780636fcfff4514610272575f5ffd5b806306fdde0314610141578063095ea7b31461015f57806318160ddd1461018257806323b872dd146101945780632ff2e9dc146101a7575b5f5ffd5b6101496103ef565b604051610156919061168c565b60405180910390f35b61017261016d3660046116b9565b61047f565b6040519015158152602001610156565b6002545b604051908152602001610156565b6101726101a23660046116e1565b610498565b6101867f000000000000000000000000000000000000000000000000000000000000000081565b60405160128152602001610156565b6101866101eb3660046116b9565b6104bb565b60408051808201909152600e81526d06d6f64653d74696d657374616d760941b6020820152610149565b61024561022836600461171b565b6001600160a01b039081165f908152600860205260409020541690565b6040516001600160a01b039091168152602001610156565b61027061026b36600461171b565b6104f5565b005b61028561028036600461171b565b610504565b60405163ffffffff9091168152602001610156565b6101866102a836600461171b565b6001600160a01b03165f9081526020819052604090205490565b6101866102d036600461171b565b6001600160a01b03165f9081526007602052604090205490565b6102f261050e565b6040516101569796959493929190611734565b6101866103133660046117ca565b610550565b610320610574565b60405165ffffffffffff9091168152602001610156565b610149610582565b61018661034d36600461171b565b610591565b6101726103603660046116b9565b6105b1565b6102706103733660046117e1565b6105be565b61018661038636600461183c565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6103c36103be36600461186d565b61067f565b60408051825165ffffffffffff1681526020928301516001600160d01b03169281019290925201610156565b6060600380546103fe906118aa565b80601f016020809104026020016040519081016040528092919081815260200182805461042a906118aa565b80156104755780601f1061044c57610100808354040283529160200191610475565b820191905f5260205f20905b81548152906001019060200180831161045857829003601f168201915b5050505050905090565b5f3361048c8185856106b9565b60019150505b92915050565b5f336104a58582856106cb565b6104b0858585610747565b506001949350505050565b5f6104e56104c8836107a4565b6001600160a01b0385165f908152600960205260409020906107f2565b6001600160d01b03169392505050565b3361050081836108a2565b5050565b5f61049282610913565b5f6060805f5f5f606061051f610934565b61052761095f565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61056561055d836107a4565b600a906107f2565b6001600160d01b031692915050565b5f61057d61098a565b905090565b6060600480546103fe906118aa565b6001600160a01b0381165f90815260096020526040812061056590610994565b5f3361048c818585610747565b834211156105e757604051632341d78760e11b8152600481018590526024015b60405180910390fd5b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f90610660906106589060a001604051602081830303815290604052805190602001206109cb565b8585856109f7565b905061066c8187610a23565b61067681886108a2565b50505050505050565b604080518082019091525f808252602082015261069c8383610a75565b9392505050565b5f61069c82846118f6565b5f61069c8284611915565b6106c68383836001610aa9565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610741578181101561073357604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016105de565b61074184848484035f610aa9565b50505050565b6001600160a01b03831661077057604051634b637e8f60e11b81525f60048201526024016105de565b6001600160a01b0382166107995760405163ec442f0560e01b81525f60048201526024016105de565b6106c6838383610b7b565b5f5f6107ae610574565b90508065ffffffffffff1683106107e957604051637669fc0f60e11b81526004810184905265ffffffffffff821660248201526044016105de565b61069c83610b86565b81545f908181600581111561084e575f61080b84610bbc565b6108159085611934565b5f8881526020902090915081015465ffffffffffff908116908716101561083e5780915061084c565b610849816001611947565b92505b505b5f61085b87878585610d14565b905080156108955761087f87610872600184611934565b5f91825260209091200190565b54600160301b90046001600160d01b0316610897565b5f5b979650505050505050565b6001600160a01b038281165f8181526008602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a46106c6818361090e86610d6a565b610d87565b6001600160a01b0381165f9081526009602052604081205461049290610ef0565b606061057d7f0000000000000000000000000000000000000000000000000000000000000000610f20565b606061057d7f0000000000000000000000000000000000000000000000000000000000000000610f20565b5f61057d42610b86565b80545f9080156109c3576109ad83610872600184611934565b54600160301b90046001600160d01b031661069c565b5f9392505050565b5f6104926109d7610f5d565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610a0788888888611086565b925092509250610a17828261114e565b50909695505050505050565b6001600160a01b0382165f9081526007602052604090208054600181019091558181146106c6576040516301d4b62360e61b81526001600160a01b0384166004820152602481018290526044016105de565b604080518082019091525f80825260208201526001600160a01b0383165f90815260096020526040902061069c9083611206565b6001600160a01b038416610ad25760405163e602df0560e01b81525f60048201526024016105de565b6001600160a01b038316610afb57604051634a1406b160e11b81525f60048201526024016105de565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561074157826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610b6d91815260200190565b60405180910390a350505050565b6106c6838383611273565b5f65ffffffffffff821115610bb8576040516306dfcc6560e41b815260306004820152602481018390526044016105de565b5090565b5f60018211610bc9575090565b816001600160801b8210610be25760809190911c9060401b5b680100000000000000008210610bfd5760409190911c9060201b5b6401000000008210610c145760209190911c9060101b5b620100008210610c295760109190911c9060081b5b6101008210610c3d5760089190911c9060041b5b60108210610c505760049190911c9060021b5b60048210610c5c5760011b5b600302600190811c90818581610c7457610c7461195a565b048201901c90506001818581610c8c57610c8c61195a565b048201901c90506001818581610ca457610ca461195a565b048201901c90506001818581610cbc57610cbc61195a565b048201901c90506001818581610cd457610cd461195a565b048201901c90506001818581610cec57610cec61195a565b048201901c9050610d0b818581610d0557610d0561195a565b04821190565b90039392505050565b5f5b81831015610d62575f85815260209020838316600285851804019081015465ffffffffffff86811691161115610d4e57809250610d5c565b610d59816001611947565b93505b50610d16565b509392505050565b6001600160a01b0381165f90815260208190526040812054610492565b816001600160a01b0316836001600160a01b031614158015610da857505f81115b156106c6576001600160a01b03831615610e4f576001600160a01b0383165f9081526009602052604081208190610dea906106ae610de5866112d9565b61130c565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051610e44929190918252602082015260400190565b60405180910390a250505b6001600160a01b038216156106c6576001600160a01b0382165f9081526009602052604081208190610e87906106a3610de5866112d9565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051610ee1929190918252602082015260400190565b60405180910390a25050505050565b5f63ffffffff821115610bb8576040516306dfcc6560e41b815260206004820152602481018390526044016105de565b60605f610f2c83611344565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610fb557507f000000000000000000000000000000000000000000000000000000000000000046145b15610fdf57507f000000000000000000000000000000000000000000000000000000000000000090565b61057d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156110bf57505f91506003905082611144565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611110573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661113b57505f925060019150829050611144565b92505f91508190505b9450945094915050565b5f8260038111156111615761116161196e565b0361116a575050565b600182600381111561117e5761117e61196e565b0361119c5760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156111b0576111b061196e565b036111d15760405163fce698f760e01b8152600481018290526024016105de565b60038260038111156111e5576111e561196e565b03610500576040516335e2f38360e21b8152600481018290526024016105de565b604080518082019091525f8082526020820152825f018263ffffffff168154811061123357611233611982565b5f9182526020918290206040805180820190915291015465ffffffffffff81168252600160301b90046001600160d01b0316918101919091529392505050565b61127e83838361136b565b6001600160a01b0383166112ce575f61129660025490565b90506001600160d01b03808211156112cb57604051630e58ae9360e11b815260048101839052602481018290526044016105de565b50505b6106c6838383611491565b5f6001600160d01b03821115610bb8576040516306dfcc6560e41b815260d06004820152602481018390526044016105de565b5f5f611337611319610574565b61132f61132588610994565b868863ffffffff16565b879190611506565b915091505b935093915050565b5f60ff8216601f81111561049257604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b038316611395578060025f82825461138a9190611947565b909155506114059050565b6001600160a01b0383165f90815260208190526040902054818110156113e75760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016105de565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166114215760028054829003905561143f565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161148491815260200190565b60405180910390a3505050565b6001600160a01b0383166114b3576114b0600a6106a3610de5846112d9565b50505b6001600160a01b0382166114d5576114d2600a6106ae610de5846112d9565b50505b6001600160a01b038381165f908152600860205260408082205485841683529120546106c692918216911683610d87565b5f8061133785858582545f9081908015611604575f61152a87610872600185611934565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561156d57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036115a657825465ffffffffffff16600160301b6001600160d01b038916021783556115f6565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061133c92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b02919093161792019190915590508161133c565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61069c602083018461165e565b80356001600160a01b03811681146116b4575f5ffd5b919050565b5f5f604083850312156116ca575f5ffd5b6116d38361169e565b946020939093013593505050565b5f5f5f606084860312156116f3575f5ffd5b6116fc8461169e565b925061170a6020850161169e565b929592945050506040919091013590565b5f6020828403121561172b575f5ffd5b61069c8261169e565b60ff60f81b8816815260e060208201525f61175260e083018961165e565b8281036040840152611764818961165e565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156117b957835183526020938401939092019160010161179b565b50909b9a5050505050505050505050565b5f602082840312156117da575f5ffd5b5035919050565b5f5f5f5f5f5f60c087890312156117f6575f5ffd5b6117ff8761169e565b95506020870135945060408701359350606087013560ff81168114611822575f5ffd5b9598949750929560808101359460a0909101359350915050565b5f5f6040838503121561184d575f5ffd5b6118568361169e565b91506118646020840161169e565b90509250929050565b5f5f6040838503121561187e575f5ffd5b6118878361169e565b9150602083013563ffffffff8116811461189f575f5ffd5b809150509250929050565b600181811c908216806118be57607f821691505b6020821081036118dc57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160d01b038181168382160190811115610492576104926118e2565b6001600160d01b038281168282160390811115610492576104926118e2565b81810381811115610492576104926118e2565b80820180821115610492576104926118e2565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffdfea26469706673582212208620af9b55cdce12137e97c86be056e5d5386f4c111c1567b3e9080e88e2012764736f6c63430008250033dec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724";
        public SupplyVotesTokenDeploymentBase() : base(BYTECODE) { }
        public SupplyVotesTokenDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "holder", 1)]
        public virtual string Holder { get; set; }
        [Parameter("uint256", "supply", 2)]
        public virtual BigInteger Supply { get; set; }
    }

    public partial class ClockModeFunction : ClockModeFunctionBase { }

    [Function("CLOCK_MODE", "string")]
    public class ClockModeFunctionBase : FunctionMessage
    {

    }

    public partial class InitialSupplyFunction : InitialSupplyFunctionBase { }

    [Function("INITIAL_SUPPLY", "uint256")]
    public class InitialSupplyFunctionBase : FunctionMessage
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

    public partial class BalanceOfFunction : BalanceOfFunctionBase { }

    [Function("balanceOf", "uint256")]
    public class BalanceOfFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class CheckpointsFunction : CheckpointsFunctionBase { }

    [Function("checkpoints", typeof(CheckpointsOutputDTO))]
    public class CheckpointsFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint32", "pos", 2)]
        public virtual uint Pos { get; set; }
    }

    public partial class ClockFunction : ClockFunctionBase { }

    [Function("clock", "uint48")]
    public class ClockFunctionBase : FunctionMessage
    {

    }

    public partial class DecimalsFunction : DecimalsFunctionBase { }

    [Function("decimals", "uint8")]
    public class DecimalsFunctionBase : FunctionMessage
    {

    }

    public partial class DelegateFunction : DelegateFunctionBase { }

    [Function("delegate")]
    public class DelegateFunctionBase : FunctionMessage
    {
        [Parameter("address", "delegatee", 1)]
        public virtual string Delegatee { get; set; }
    }

    public partial class DelegateBySigFunction : DelegateBySigFunctionBase { }

    [Function("delegateBySig")]
    public class DelegateBySigFunctionBase : FunctionMessage
    {
        [Parameter("address", "delegatee", 1)]
        public virtual string Delegatee { get; set; }
        [Parameter("uint256", "nonce", 2)]
        public virtual BigInteger Nonce { get; set; }
        [Parameter("uint256", "expiry", 3)]
        public virtual BigInteger Expiry { get; set; }
        [Parameter("uint8", "v", 4)]
        public virtual byte V { get; set; }
        [Parameter("bytes32", "r", 5)]
        public virtual byte[] R { get; set; }
        [Parameter("bytes32", "s", 6)]
        public virtual byte[] S { get; set; }
    }

    public partial class DelegatesFunction : DelegatesFunctionBase { }

    [Function("delegates", "address")]
    public class DelegatesFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class Eip712DomainFunction : Eip712DomainFunctionBase { }

    [Function("eip712Domain", typeof(Eip712DomainOutputDTO))]
    public class Eip712DomainFunctionBase : FunctionMessage
    {

    }

    public partial class GetPastTotalSupplyFunction : GetPastTotalSupplyFunctionBase { }

    [Function("getPastTotalSupply", "uint256")]
    public class GetPastTotalSupplyFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "timepoint", 1)]
        public virtual BigInteger Timepoint { get; set; }
    }

    public partial class GetPastVotesFunction : GetPastVotesFunctionBase { }

    [Function("getPastVotes", "uint256")]
    public class GetPastVotesFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("uint256", "timepoint", 2)]
        public virtual BigInteger Timepoint { get; set; }
    }

    public partial class GetVotesFunction : GetVotesFunctionBase { }

    [Function("getVotes", "uint256")]
    public class GetVotesFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
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

    public partial class NumCheckpointsFunction : NumCheckpointsFunctionBase { }

    [Function("numCheckpoints", "uint32")]
    public class NumCheckpointsFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
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

    public partial class DelegateChangedEventDTO : DelegateChangedEventDTOBase { }

    [Event("DelegateChanged")]
    public class DelegateChangedEventDTOBase : IEventDTO
    {
        [Parameter("address", "delegator", 1, true )]
        public virtual string Delegator { get; set; }
        [Parameter("address", "fromDelegate", 2, true )]
        public virtual string FromDelegate { get; set; }
        [Parameter("address", "toDelegate", 3, true )]
        public virtual string ToDelegate { get; set; }
    }

    public partial class DelegateVotesChangedEventDTO : DelegateVotesChangedEventDTOBase { }

    [Event("DelegateVotesChanged")]
    public class DelegateVotesChangedEventDTOBase : IEventDTO
    {
        [Parameter("address", "delegate", 1, true )]
        public virtual string Delegate { get; set; }
        [Parameter("uint256", "previousVotes", 2, false )]
        public virtual BigInteger PreviousVotes { get; set; }
        [Parameter("uint256", "newVotes", 3, false )]
        public virtual BigInteger NewVotes { get; set; }
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

    public partial class CheckpointUnorderedInsertionError : CheckpointUnorderedInsertionErrorBase { }
    [Error("CheckpointUnorderedInsertion")]
    public class CheckpointUnorderedInsertionErrorBase : IErrorDTO
    {
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

    public partial class ERC20ExceededSafeSupplyError : ERC20ExceededSafeSupplyErrorBase { }

    [Error("ERC20ExceededSafeSupply")]
    public class ERC20ExceededSafeSupplyErrorBase : IErrorDTO
    {
        [Parameter("uint256", "increasedSupply", 1)]
        public virtual BigInteger IncreasedSupply { get; set; }
        [Parameter("uint256", "cap", 2)]
        public virtual BigInteger Cap { get; set; }
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

    public partial class ERC5805FutureLookupError : ERC5805FutureLookupErrorBase { }

    [Error("ERC5805FutureLookup")]
    public class ERC5805FutureLookupErrorBase : IErrorDTO
    {
        [Parameter("uint256", "timepoint", 1)]
        public virtual BigInteger Timepoint { get; set; }
        [Parameter("uint48", "clock", 2)]
        public virtual ulong Clock { get; set; }
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

    public partial class SafeCastOverflowedUintDowncastError : SafeCastOverflowedUintDowncastErrorBase { }

    [Error("SafeCastOverflowedUintDowncast")]
    public class SafeCastOverflowedUintDowncastErrorBase : IErrorDTO
    {
        [Parameter("uint8", "bits", 1)]
        public virtual byte Bits { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class StringTooLongError : StringTooLongErrorBase { }

    [Error("StringTooLong")]
    public class StringTooLongErrorBase : IErrorDTO
    {
        [Parameter("string", "str", 1)]
        public virtual string Str { get; set; }
    }

    public partial class VotesExpiredSignatureError : VotesExpiredSignatureErrorBase { }

    [Error("VotesExpiredSignature")]
    public class VotesExpiredSignatureErrorBase : IErrorDTO
    {
        [Parameter("uint256", "expiry", 1)]
        public virtual BigInteger Expiry { get; set; }
    }

    public partial class ClockModeOutputDTO : ClockModeOutputDTOBase { }

    [FunctionOutput]
    public class ClockModeOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class InitialSupplyOutputDTO : InitialSupplyOutputDTOBase { }

    [FunctionOutput]
    public class InitialSupplyOutputDTOBase : IFunctionOutputDTO
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



    public partial class BalanceOfOutputDTO : BalanceOfOutputDTOBase { }

    [FunctionOutput]
    public class BalanceOfOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class CheckpointsOutputDTO : CheckpointsOutputDTOBase { }

    [FunctionOutput]
    public class CheckpointsOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("tuple", "", 1)]
        public virtual Checkpoint208 ReturnValue1 { get; set; }
    }

    public partial class ClockOutputDTO : ClockOutputDTOBase { }

    [FunctionOutput]
    public class ClockOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint48", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class DecimalsOutputDTO : DecimalsOutputDTOBase { }

    [FunctionOutput]
    public class DecimalsOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
    }





    public partial class DelegatesOutputDTO : DelegatesOutputDTOBase { }

    [FunctionOutput]
    public class DelegatesOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
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

    public partial class GetPastTotalSupplyOutputDTO : GetPastTotalSupplyOutputDTOBase { }

    [FunctionOutput]
    public class GetPastTotalSupplyOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class GetPastVotesOutputDTO : GetPastVotesOutputDTOBase { }

    [FunctionOutput]
    public class GetPastVotesOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class GetVotesOutputDTO : GetVotesOutputDTOBase { }

    [FunctionOutput]
    public class GetVotesOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
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

    public partial class NumCheckpointsOutputDTO : NumCheckpointsOutputDTOBase { }

    [FunctionOutput]
    public class NumCheckpointsOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("uint32", "", 1)]
        public virtual uint ReturnValue1 { get; set; }
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
