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

namespace EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken.ContractDefinition
{


    public partial class EmissionsDaoTokenDeployment : EmissionsDaoTokenDeploymentBase
    {
        public EmissionsDaoTokenDeployment() : base(BYTECODE) { }
        public EmissionsDaoTokenDeployment(string byteCode) : base(byteCode) { }
    }

    public class EmissionsDaoTokenDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x610160604052348015610010575f5ffd5b5060405161268438038061268483398101604081905261002f91610815565b6040518060400160405280600c81526020016b456d697373696f6e7344616f60a01b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600c81526020016b456d697373696f6e7344616f60a01b815250604051806040016040528060048152602001634544414f60e01b81525081600390816100c091906108dd565b5060046100cd82826108dd565b5050506100df8261019d60201b60201c565b610120526100ec8161019d565b61014052815160208084019190912060e052815190820120610100524660a05261017860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05250610197816a084595161401484a0000006101e3565b50610a6b565b5f5f829050601f815111156101d0578260405163305a27a960e01b81526004016101c7919061099b565b60405180910390fd5b80516101db826109d0565b179392505050565b6001600160a01b03821661020c5760405163ec442f0560e01b81525f60048201526024016101c7565b6102175f838361021b565b5050565b61022683838361022b565b505050565b610236838383610291565b6001600160a01b038316610286575f61024e60025490565b90506001600160d01b038082111561028357604051630e58ae9360e11b815260048101839052602481018290526044016101c7565b50505b6102268383836103b7565b6001600160a01b0383166102bb578060025f8282546102b09190610a07565b9091555061032b9050565b6001600160a01b0383165f908152602081905260409020548181101561030d5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016101c7565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661034757600280548290039055610365565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516103aa91815260200190565b60405180910390a3505050565b6001600160a01b0383166103e5576103e2600a6107f361043f60201b176103dd84610453565b61048a565b50505b6001600160a01b03821661040e5761040b600a6107fe6104bf60201b176103dd84610453565b50505b6001600160a01b038381165f90815260086020526040808220548584168352912054610226929182169116836104ca565b5f61044a8284610a1a565b90505b92915050565b5f6001600160d01b03821115610486576040516306dfcc6560e41b815260d06004820152602481018390526044016101c7565b5090565b5f806104b261049761061a565b6104aa6104a388610628565b868860201c565b879190610670565b915091505b935093915050565b5f61044a8284610a39565b816001600160a01b0316836001600160a01b0316141580156104eb57505f81115b15610226576001600160a01b03831615610583576001600160a01b0383165f9081526009602090815260408220829161053191906104bf901b6107fe176103dd86610453565b6001600160d01b031691506001600160d01b03169150846001600160a01b03165f5160206126645f395f51905f528383604051610578929190918252602082015260400190565b60405180910390a250505b6001600160a01b03821615610226576001600160a01b0382165f908152600960209081526040822082916105c4919061043f901b6107f3176103dd86610453565b6001600160d01b031691506001600160d01b03169150836001600160a01b03165f5160206126645f395f51905f52838360405161060b929190918252602082015260400190565b60405180910390a25050505050565b5f61062361067d565b905090565b80545f9080156106675761064e83610641600184610a58565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610669565b5f5b9392505050565b5f806104b2858585610687565b5f610623426107e3565b82545f9081908015610786575f6106a387610641600185610a58565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156106e957604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361072557825465ffffffffffff1666010000000000006001600160d01b03891602178355610778565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506104b792505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816104b7565b5f65ffffffffffff821115610486576040516306dfcc6560e41b815260306004820152602481018390526044016101c7565b5f60208284031215610825575f5ffd5b81516001600160a01b0381168114610669575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061086357607f821691505b60208210810361088157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610226578282111561022657805f5260205f20601f840160051c60208510156108b257505f5b90810190601f840160051c035f5b818110156108d5575f838201556001016108c0565b505050505050565b81516001600160401b038111156108f6576108f661083b565b61090a81610904845461084f565b84610887565b6020601f82116001811461093c575f83156109255750848201515b5f19600385901b1c1916600184901b178455610994565b5f84815260208120601f198516915b8281101561096b578785015182556020948501946001909201910161094b565b508482101561098857868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610881575f1960209190910360031b1b16919050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561044d5761044d6109f3565b6001600160d01b03818116838216019081111561044d5761044d6109f3565b6001600160d01b03828116828216039081111561044d5761044d6109f3565b8181038181111561044d5761044d6109f3565b60805160a05160c05160e051610100516101205161014051611ba8610abc5f395f610bfc01525f610bd101525f6109cd01525f6109a501525f61090001525f61092a01525f6109540152611ba85ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c806370a08231116100bf5780639ab24eb0116100795780639ab24eb014610333578063a9059cbb14610346578063c3cda52014610359578063d505accf1461036c578063dd62ed3e1461037f578063f1127ed8146103b7575f5ffd5b806370a08231146102a35780637ecebe00146102cb57806384b0196e146102de5780638e539e8c146102f957806391ddadf41461030c57806395d89b411461032b575f5ffd5b80633644e515116101105780633644e515146101de5780633a46b1a8146101e65780634bf5d7e9146101f9578063587cde1e146102235780635c19a95c146102665780636fcfff451461027b575f5ffd5b806306fdde0314610157578063095ea7b31461017557806318160ddd1461019857806323b872dd146101aa5780632ff2e9dc146101bd578063313ce567146101cf575b5f5ffd5b61015f6103f6565b60405161016c91906117f9565b60405180910390f35b610188610183366004611826565b610486565b604051901515815260200161016c565b6002545b60405190815260200161016c565b6101886101b836600461184e565b61049f565b61019c6a084595161401484a00000081565b6040516012815260200161016c565b61019c6104c2565b61019c6101f4366004611826565b6104d0565b60408051808201909152600e81526d06d6f64653d74696d657374616d760941b602082015261015f565b61024e610231366004611888565b6001600160a01b039081165f908152600860205260409020541690565b6040516001600160a01b03909116815260200161016c565b610279610274366004611888565b61050a565b005b61028e610289366004611888565b610519565b60405163ffffffff909116815260200161016c565b61019c6102b1366004611888565b6001600160a01b03165f9081526020819052604090205490565b61019c6102d9366004611888565b610523565b6102e661052d565b60405161016c97969594939291906118a1565b61019c610307366004611937565b61056f565b610314610593565b60405165ffffffffffff909116815260200161016c565b61015f61059c565b61019c610341366004611888565b6105ab565b610188610354366004611826565b6105cb565b61027961036736600461195e565b6105d8565b61027961037a3660046119b2565b610699565b61019c61038d366004611a18565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6103ca6103c5366004611a49565b6107cf565b60408051825165ffffffffffff1681526020928301516001600160d01b0316928101929092520161016c565b60606003805461040590611a86565b80601f016020809104026020016040519081016040528092919081815260200182805461043190611a86565b801561047c5780601f106104535761010080835404028352916020019161047c565b820191905f5260205f20905b81548152906001019060200180831161045f57829003601f168201915b5050505050905090565b5f33610493818585610809565b60019150505b92915050565b5f336104ac85828561081b565b6104b7858585610897565b506001949350505050565b5f6104cb6108f4565b905090565b5f6104fa6104dd83610a1d565b6001600160a01b0385165f90815260096020526040902090610a6b565b6001600160d01b03169392505050565b336105158183610b1b565b5050565b5f61049982610b8c565b5f61049982610bad565b5f6060805f5f5f606061053e610bca565b610546610bf5565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61058461057c83610a1d565b600a90610a6b565b6001600160d01b031692915050565b5f6104cb610c20565b60606004805461040590611a86565b6001600160a01b0381165f90815260096020526040812061058490610c2a565b5f33610493818585610897565b8342111561060157604051632341d78760e11b8152600481018590526024015b60405180910390fd5b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f9061067a906106729060a00160405160208183030381529060405280519060200120610c61565b858585610c8d565b90506106868187610cb9565b6106908188610b1b565b50505050505050565b834211156106bd5760405163313c898160e11b8152600481018590526024016105f8565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886107088c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61076282610c61565b90505f61077182878787610c8d565b9050896001600160a01b0316816001600160a01b0316146107b8576040516325c0072360e11b81526001600160a01b0380831660048301528b1660248201526044016105f8565b6107c38a8a8a610809565b50505050505050505050565b604080518082019091525f80825260208201526107ec8383610d0b565b9392505050565b5f6107ec8284611ad2565b5f6107ec8284611af1565b6108168383836001610d3f565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610891578181101561088357604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016105f8565b61089184848484035f610d3f565b50505050565b6001600160a01b0383166108c057604051634b637e8f60e11b81525f60048201526024016105f8565b6001600160a01b0382166108e95760405163ec442f0560e01b81525f60048201526024016105f8565b610816838383610e11565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561094c57507f000000000000000000000000000000000000000000000000000000000000000046145b1561097657507f000000000000000000000000000000000000000000000000000000000000000090565b6104cb604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f610a27610593565b90508065ffffffffffff168310610a6257604051637669fc0f60e11b81526004810184905265ffffffffffff821660248201526044016105f8565b6107ec83610e1c565b81545f9081816005811115610ac7575f610a8484610e52565b610a8e9085611b10565b5f8881526020902090915081015465ffffffffffff9081169087161015610ab757809150610ac5565b610ac2816001611b23565b92505b505b5f610ad487878585610faa565b90508015610b0e57610af887610aeb600184611b10565b5f91825260209091200190565b54600160301b90046001600160d01b0316610b10565b5f5b979650505050505050565b6001600160a01b038281165f8181526008602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a46108168183610b8786611000565b61101d565b6001600160a01b0381165f9081526009602052604081205461049990611186565b6001600160a01b0381165f90815260076020526040812054610499565b60606104cb7f00000000000000000000000000000000000000000000000000000000000000006111b6565b60606104cb7f00000000000000000000000000000000000000000000000000000000000000006111b6565b5f6104cb42610e1c565b80545f908015610c5957610c4383610aeb600184611b10565b54600160301b90046001600160d01b03166107ec565b5f9392505050565b5f610499610c6d6108f4565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610c9d888888886111f3565b925092509250610cad82826112bb565b50909695505050505050565b6001600160a01b0382165f908152600760205260409020805460018101909155818114610816576040516301d4b62360e61b81526001600160a01b0384166004820152602481018290526044016105f8565b604080518082019091525f80825260208201526001600160a01b0383165f9081526009602052604090206107ec9083611373565b6001600160a01b038416610d685760405163e602df0560e01b81525f60048201526024016105f8565b6001600160a01b038316610d9157604051634a1406b160e11b81525f60048201526024016105f8565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561089157826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610e0391815260200190565b60405180910390a350505050565b6108168383836113e0565b5f65ffffffffffff821115610e4e576040516306dfcc6560e41b815260306004820152602481018390526044016105f8565b5090565b5f60018211610e5f575090565b816001600160801b8210610e785760809190911c9060401b5b680100000000000000008210610e935760409190911c9060201b5b6401000000008210610eaa5760209190911c9060101b5b620100008210610ebf5760109190911c9060081b5b6101008210610ed35760089190911c9060041b5b60108210610ee65760049190911c9060021b5b60048210610ef25760011b5b600302600190811c90818581610f0a57610f0a611b36565b048201901c90506001818581610f2257610f22611b36565b048201901c90506001818581610f3a57610f3a611b36565b048201901c90506001818581610f5257610f52611b36565b048201901c90506001818581610f6a57610f6a611b36565b048201901c90506001818581610f8257610f82611b36565b048201901c9050610fa1818581610f9b57610f9b611b36565b04821190565b90039392505050565b5f5b81831015610ff8575f85815260209020838316600285851804019081015465ffffffffffff86811691161115610fe457809250610ff2565b610fef816001611b23565b93505b50610fac565b509392505050565b6001600160a01b0381165f90815260208190526040812054610499565b816001600160a01b0316836001600160a01b03161415801561103e57505f81115b15610816576001600160a01b038316156110e5576001600160a01b0383165f9081526009602052604081208190611080906107fe61107b86611446565b611479565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516110da929190918252602082015260400190565b60405180910390a250505b6001600160a01b03821615610816576001600160a01b0382165f908152600960205260408120819061111d906107f361107b86611446565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051611177929190918252602082015260400190565b60405180910390a25050505050565b5f63ffffffff821115610e4e576040516306dfcc6560e41b815260206004820152602481018390526044016105f8565b60605f6111c2836114b1565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561122c57505f915060039050826112b1565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561127d573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166112a857505f9250600191508290506112b1565b92505f91508190505b9450945094915050565b5f8260038111156112ce576112ce611b4a565b036112d7575050565b60018260038111156112eb576112eb611b4a565b036113095760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561131d5761131d611b4a565b0361133e5760405163fce698f760e01b8152600481018290526024016105f8565b600382600381111561135257611352611b4a565b03610515576040516335e2f38360e21b8152600481018290526024016105f8565b604080518082019091525f8082526020820152825f018263ffffffff16815481106113a0576113a0611b5e565b5f9182526020918290206040805180820190915291015465ffffffffffff81168252600160301b90046001600160d01b0316918101919091529392505050565b6113eb8383836114d8565b6001600160a01b03831661143b575f61140360025490565b90506001600160d01b038082111561143857604051630e58ae9360e11b815260048101839052602481018290526044016105f8565b50505b6108168383836115fe565b5f6001600160d01b03821115610e4e576040516306dfcc6560e41b815260d06004820152602481018390526044016105f8565b5f5f6114a4611486610593565b61149c61149288610c2a565b868863ffffffff16565b879190611673565b915091505b935093915050565b5f60ff8216601f81111561049957604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b038316611502578060025f8282546114f79190611b23565b909155506115729050565b6001600160a01b0383165f90815260208190526040902054818110156115545760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016105f8565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661158e576002805482900390556115ac565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516115f191815260200190565b60405180910390a3505050565b6001600160a01b0383166116205761161d600a6107f361107b84611446565b50505b6001600160a01b0382166116425761163f600a6107fe61107b84611446565b50505b6001600160a01b038381165f908152600860205260408082205485841683529120546108169291821691168361101d565b5f806114a485858582545f9081908015611771575f61169787610aeb600185611b10565b805490915065ffffffffffff80821691600160301b90046001600160d01b03169088168211156116da57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361171357825465ffffffffffff16600160301b6001600160d01b03891602178355611763565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506114a992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816114a9565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6107ec60208301846117cb565b80356001600160a01b0381168114611821575f5ffd5b919050565b5f5f60408385031215611837575f5ffd5b6118408361180b565b946020939093013593505050565b5f5f5f60608486031215611860575f5ffd5b6118698461180b565b92506118776020850161180b565b929592945050506040919091013590565b5f60208284031215611898575f5ffd5b6107ec8261180b565b60ff60f81b8816815260e060208201525f6118bf60e08301896117cb565b82810360408401526118d181896117cb565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611926578351835260209384019390920191600101611908565b50909b9a5050505050505050505050565b5f60208284031215611947575f5ffd5b5035919050565b803560ff81168114611821575f5ffd5b5f5f5f5f5f5f60c08789031215611973575f5ffd5b61197c8761180b565b955060208701359450604087013593506119986060880161194e565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f5f5f60e0888a0312156119c8575f5ffd5b6119d18861180b565b96506119df6020890161180b565b955060408801359450606088013593506119fb6080890161194e565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611a29575f5ffd5b611a328361180b565b9150611a406020840161180b565b90509250929050565b5f5f60408385031215611a5a575f5ffd5b611a638361180b565b9150602083013563ffffffff81168114611a7b575f5ffd5b809150509250929050565b600181811c90821680611a9a57607f821691505b602082108103611ab857634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160d01b03818116838216019081111561049957610499611abe565b6001600160d01b03828116828216039081111561049957610499611abe565b8181038181111561049957610499611abe565b8082018082111561049957610499611abe565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffdfea2646970667358221220183c2e6c577ae429990054248ce9f714682211711326ee1f8c1935239245933364736f6c63430008250033dec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724";
        public EmissionsDaoTokenDeploymentBase() : base(BYTECODE) { }
        public EmissionsDaoTokenDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "initialHolder", 1)]
        public virtual string InitialHolder { get; set; }
    }

    public partial class ClockModeFunction : ClockModeFunctionBase { }

    [Function("CLOCK_MODE", "string")]
    public class ClockModeFunctionBase : FunctionMessage
    {

    }

    public partial class DomainSeparatorFunction : DomainSeparatorFunctionBase { }

    [Function("DOMAIN_SEPARATOR", "bytes32")]
    public class DomainSeparatorFunctionBase : FunctionMessage
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

    public partial class DomainSeparatorOutputDTO : DomainSeparatorOutputDTOBase { }

    [FunctionOutput]
    public class DomainSeparatorOutputDTOBase : IFunctionOutputDTO
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
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
