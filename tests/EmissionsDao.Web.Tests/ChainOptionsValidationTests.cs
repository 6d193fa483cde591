using EmissionsDao.Chain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Web.Tests;

public sealed class ChainOptionsValidationTests
{
    private const string Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    private const string Key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    [Fact]
    public void Embedded_defaults_are_valid() => Assert.Empty(Failures([]));

    [Fact]
    public void Embedded_chain_with_another_chain_id_is_refused() =>
        Assert.Contains(Failures([("Chain:ChainId", "5")]), f => f.Contains("no Chain:RpcUrl is set") && f.Contains("31337"));

    [Fact]
    public void External_chain_names_every_missing_setting()
    {
        var failures = Failures([("Chain:RpcUrl", "http://127.0.0.1:9545")]);

        Assert.Contains(failures, f => f.StartsWith("Chain:RelayerPrivateKey is missing"));
        Assert.Contains(failures, f => f.StartsWith("Chain:Addresses:GovernanceToken is missing"));
        Assert.Contains(failures, f => f.StartsWith("Chain:Addresses:Governor is missing"));
    }

    [Fact]
    public void External_chain_with_malformed_values_says_what_is_wrong()
    {
        var failures = Failures(
        [
            ("Chain:RpcUrl", "ftp://node"),
            ("Chain:RelayerPrivateKey", "0x1234"),
            ("Chain:Addresses:GovernanceToken", "0x12"),
        ]);

        Assert.Contains("Chain:RpcUrl 'ftp://node' is not an http(s) URL", failures);
        Assert.Contains("Chain:RelayerPrivateKey must be 32 bytes of hex (0x followed by 64 hex digits)", failures);
        Assert.Contains("Chain:Addresses:GovernanceToken '0x12' is not an address (0x followed by 40 hex digits)", failures);
    }

    [Fact]
    public void Complete_external_configuration_is_valid()
    {
        var settings = new List<(string, string)> { ("Chain:RpcUrl", "https://rpc.example.org"), ("Chain:ChainId", "11155111"), ("Chain:RelayerPrivateKey", Key) };
        foreach (var (contract, _) in new EmissionsDao.Chain.Deployment.ContractAddresses().All())
        {
            settings.Add(($"Chain:Addresses:{contract}", Address));
        }

        Assert.Empty(Failures([.. settings]));
    }

    private static IReadOnlyList<string> Failures((string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddEmissionsChain();
        using var services = builder.Services.BuildServiceProvider();
        try
        {
            _ = services.GetRequiredService<IOptions<ChainOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException exception)
        {
            return [.. exception.Failures];
        }
    }
}
