using EmissionsDao.Chain.Deployment;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.NonceServices;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace EmissionsDao.Chain;

/// <summary>The chain the portal talks to, once started: endpoint, chain id, contract addresses and the relayer.</summary>
public sealed class ChainConnection
{
    public ChainConnection(string rpcUrl, long chainId, bool isEmbeddedDevChain, ContractAddresses addresses, string relayerPrivateKey)
    {
        RpcUrl = rpcUrl;
        ChainId = chainId;
        IsEmbeddedDevChain = isEmbeddedDevChain;
        Addresses = addresses;
        var relayer = new Account(relayerPrivateKey, chainId);
        relayer.NonceService = new InMemoryNonceService(relayer.Address, new RpcClient(new Uri(rpcUrl)));
        Relayer = new Web3(relayer, rpcUrl);
        RelayerAddress = relayer.Address;
        Reader = new Web3(rpcUrl);
    }

    public string RpcUrl { get; }

    public long ChainId { get; }

    /// <summary>The anvil child process of this portal (chain id 31337), where dev accounts may sign on the server.</summary>
    public bool IsEmbeddedDevChain { get; }

    public ContractAddresses Addresses { get; }

    /// <summary>Signs with the relayer key: submits users' signed messages and pays their gas.</summary>
    public IWeb3 Relayer { get; }

    public string RelayerAddress { get; }

    /// <summary>For calls and logs only.</summary>
    public IWeb3 Reader { get; }

    public IWeb3 For(Account account) => new Web3(account, RpcUrl);
}
