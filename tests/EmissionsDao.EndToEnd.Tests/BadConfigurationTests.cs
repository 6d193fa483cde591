using System.Diagnostics;

namespace EmissionsDao.EndToEnd.Tests;

/// <summary>Starts the real portal binary with bad configuration: one clear line on stderr, exit code 2, no stack trace.</summary>
public sealed class BadConfigurationTests
{
    private const string Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    private const string Key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    public static TheoryData<string, string[]> Cases => new()
    {
        { "is unreachable", [.. ExternalChain("http://127.0.0.1:9")] },
        { "Chain:RelayerPrivateKey is missing", ["--Chain:RpcUrl=http://127.0.0.1:9"] },
        { "anvil not found at /nonexistent/anvil: run `npm ci` in contracts/", ["--Chain:AnvilPath=/nonexistent/anvil"] },
        { "Chain:ChainId is 5 but no Chain:RpcUrl is set", ["--Chain:ChainId=5"] },
        { "Database:Provider is 'Oracle': use Sqlite or PostgreSql", ["--Database:Provider=Oracle"] },
        { "Database:Provider is PostgreSql but ConnectionStrings:Emissions is not set", ["--Database:Provider=PostgreSql"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_configuration_stops_the_portal_with_one_line_that_says_what_to_fix(string expected, string[] arguments)
    {
        var (exitCode, stderr) = await RunPortalAsync(arguments);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("EmissionsDao cannot start: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Wrong_chain_id_of_a_reachable_node_is_named()
    {
        var anvil = await Chain.LocalChain.AnvilProcess.StartAsync(Chain.LocalChain.AnvilProcess.LocateBinary(AppContext.BaseDirectory), 0, null, CancellationToken.None);
        await using var _ = anvil;

        var (exitCode, stderr) = await RunPortalAsync([.. ExternalChain(anvil.RpcUrl), "--Chain:ChainId=1"]);

        Assert.Equal(2, exitCode);
        Assert.Contains($"Chain:ChainId is 1 but the node at {anvil.RpcUrl} is chain 31337", stderr);
    }

    [Fact]
    public async Task Addresses_without_contract_code_are_named()
    {
        var anvil = await Chain.LocalChain.AnvilProcess.StartAsync(Chain.LocalChain.AnvilProcess.LocateBinary(AppContext.BaseDirectory), 0, null, CancellationToken.None);
        await using var _ = anvil;

        var (exitCode, stderr) = await RunPortalAsync([.. ExternalChain(anvil.RpcUrl), "--Chain:ChainId=31337"]);

        Assert.Equal(2, exitCode);
        Assert.Contains($"Chain:Addresses:GovernanceToken {Address} has no contract code on chain 31337", stderr);
    }

    private static IEnumerable<string> ExternalChain(string rpcUrl)
    {
        yield return $"--Chain:RpcUrl={rpcUrl}";
        yield return $"--Chain:RelayerPrivateKey={Key}";
        foreach (var (contract, _) in new Chain.Deployment.ContractAddresses().All())
        {
            yield return $"--Chain:Addresses:{contract}={Address}";
        }
    }

    private static async Task<(int ExitCode, string Stderr)> RunPortalAsync(IEnumerable<string> arguments)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("emissionsdao-badconfig-").FullName;
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EmissionsDao.Web.dll"));
        startInfo.ArgumentList.Add($"--DataDirectory={dataDirectory}");
        startInfo.ArgumentList.Add("--Urls=http://127.0.0.1:0");
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        Directory.Delete(dataDirectory, recursive: true);
        return (process.ExitCode, (await stderr).Trim());
    }
}
