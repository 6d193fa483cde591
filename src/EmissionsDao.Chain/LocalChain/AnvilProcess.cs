using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace EmissionsDao.Chain.LocalChain;

/// <summary>
/// anvil (from the npm package in contracts/) as a child process bound to 127.0.0.1. With a state file it loads the
/// chain at start and writes it back when stopped (SIGTERM), so a restart continues the same chain.
/// </summary>
public sealed class AnvilProcess : IAsyncDisposable
{
    private const int Sigterm = 15;
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private string? _pidFile;

    private AnvilProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string RpcUrl => $"http://127.0.0.1:{Port}";

    public int ProcessId => _process.Id;

    /// <summary>Starts anvil and returns once its JSON-RPC endpoint answers.</summary>
    /// <param name="anvilPath">The binary; <see cref="LocateBinary"/> finds the npm one.</param>
    /// <param name="port">0 picks a free port.</param>
    /// <param name="stateFile">Loaded at start and dumped at stop; null for a throw-away chain.</param>
    public static async Task<AnvilProcess> StartAsync(string anvilPath, int port, string? stateFile, CancellationToken cancellationToken)
    {
        var pidFile = stateFile is null ? null : stateFile + ".pid";
        if (pidFile is not null)
        {
            await StopOrphanAsync(pidFile);
        }

        if (!File.Exists(anvilPath))
        {
            throw new ChainConfigurationException(
                $"anvil not found at {anvilPath}: run `npm ci` in contracts/ (installs @foundry-rs/anvil), or set Chain:AnvilPath, or set Chain:RpcUrl to use an external chain");
        }

        if (port == 0)
        {
            port = FreeTcpPort();
        }
        else if (!IsPortFree(port))
        {
            throw new ChainConfigurationException(
                $"port {port} on 127.0.0.1 is already in use (another anvil or portal?): stop it, or set Chain:AnvilPort to another port (0 picks a free one)");
        }

        var startInfo = new ProcessStartInfo(anvilPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--host", "127.0.0.1", "--port", port.ToString(), "--chain-id", ChainOptions.DevChainId.ToString(), "--accounts", "10", "--silent" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (stateFile is not null)
        {
            startInfo.ArgumentList.Add("--state");
            startInfo.ArgumentList.Add(stateFile);
        }

        var process = Process.Start(startInfo) ?? throw new ChainConfigurationException($"could not start {anvilPath}");
        var anvil = new AnvilProcess(process, port);
        process.OutputDataReceived += (_, e) => anvil.Capture(e.Data);
        process.ErrorDataReceived += (_, e) => anvil.Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await anvil.WaitUntilAnsweringAsync(TimeSpan.FromSeconds(20), cancellationToken);
            if (pidFile is not null)
            {
                await File.WriteAllTextAsync(pidFile, process.Id.ToString(), cancellationToken);
                anvil._pidFile = pidFile;
            }
        }
        catch
        {
            await anvil.DisposeAsync();
            throw;
        }

        return anvil;
    }

    /// <summary>The anvil binary that <c>npm ci</c> installed in contracts/, searched upwards from <paramref name="startDirectory"/>.</summary>
    public static string LocateBinary(string startDirectory)
    {
        var platformPackage = (OperatingSystem.IsWindows(), OperatingSystem.IsMacOS(), RuntimeInformation.OSArchitecture) switch
        {
            (true, _, _) => "anvil-win32-amd64",
            (_, true, Architecture.Arm64) => "anvil-darwin-arm64",
            (_, true, _) => "anvil-darwin-amd64",
            (_, _, Architecture.Arm64) => "anvil-linux-arm64",
            _ => "anvil-linux-amd64",
        };
        var relative = Path.Combine("contracts", "node_modules", "@foundry-rs", platformPackage, "bin", OperatingSystem.IsWindows() ? "anvil.exe" : "anvil");
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(startDirectory, relative);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process.HasExited)
        {
            _process.Dispose();
            return;
        }

        // SIGTERM lets anvil dump its state file; Kill() would lose the chain.
        if (!OperatingSystem.IsWindows() && Kill(_process.Id, Sigterm) == 0)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        else
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_pidFile is not null)
        {
            File.Delete(_pidFile);
        }
    }

    /// <summary>
    /// A portal that was killed (not stopped) leaves its anvil running on the state file: stop it, letting it save
    /// the chain, so that this start continues the same chain instead of failing on a busy port.
    /// </summary>
    private static async Task StopOrphanAsync(string pidFile)
    {
        if (!File.Exists(pidFile) || !int.TryParse(await File.ReadAllTextAsync(pidFile), out var pid))
        {
            return;
        }

        try
        {
            using var orphan = Process.GetProcessById(pid);
            if (orphan.ProcessName == "anvil" && !OperatingSystem.IsWindows() && Kill(pid, Sigterm) == 0)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await orphan.WaitForExitAsync(timeout.Token);
            }
        }
        catch (ArgumentException)
        {
            // No such process any more.
        }

        File.Delete(pidFile);
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new ChainConfigurationException($"anvil exited at start (code {_process.ExitCode}): {LastOutput()}");
            }

            try
            {
                using var content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}""", Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(RpcUrl, content, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new ChainConfigurationException($"anvil did not answer on {RpcUrl} within {timeout.TotalSeconds:0} s: {LastOutput()}");
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string LastOutput()
    {
        lock (_output)
        {
            var text = _output.ToString().Trim().ReplaceLineEndings(" | ");
            return text.Length == 0 ? "(no output)" : text[^Math.Min(400, text.Length)..];
        }
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsPortFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
