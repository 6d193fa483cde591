using Nethereum.Web3.Accounts;

namespace EmissionsDao.Chain.LocalChain;

/// <summary>A well-known development account of the local chain, with the role the demo gives it.</summary>
public sealed record DevAccount(int Index, string Name, string Role, string PrivateKey)
{
    public string Address { get; } = new Account(PrivateKey).Address;

    public Account ToAccount(long chainId) => new(PrivateKey, chainId);
}

/// <summary>
/// The first accounts of anvil's and hardhat's public test mnemonic ("test test ... junk"). Their keys are published
/// everywhere: they exist only on chain id 31337 and must never hold anything of value.
/// </summary>
public static class DevAccounts
{
    public static readonly IReadOnlyList<DevAccount> All =
    [
        new(0, "Deployer", "Deploys the contracts and relays signed messages", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
        new(1, "Alice", "Requester (ACME Ltd)", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"),
        new(2, "Bob", "Auditor", "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"),
        new(3, "Carol", "Auditor", "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"),
        new(4, "Dave", "Auditor", "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a"),
        new(5, "Erin", "Community reviewer and token holder", "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba"),
        new(6, "Frank", "Token holder", "0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e"),
        new(7, "Grace", "Requester (individual)", "0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356"),
    ];

    public static DevAccount Deployer => All[0];

    public static DevAccount ByName(string name) =>
        All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No dev account named '{name}'", nameof(name));
}
