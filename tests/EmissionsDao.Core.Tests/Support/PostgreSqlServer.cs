using System.Diagnostics;
using Npgsql;

namespace EmissionsDao.Core.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: initdb into a temp folder, started with pg_ctl on a unix socket in
/// that folder (no TCP listener, so no port to collide on) and fsync off, stopped and deleted on dispose. Started on
/// first use, so tests that never ask for it do not pay for it. Needs Debian's postgresql package; as root the server
/// runs as the package's postgres user (PostgreSQL refuses to run as root).
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private const int SocketPort = 5432;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly Lazy<Task<string>> _started;
    private string? _folder;
    private string? _binDirectory;

    public PostgreSqlServer() => _started = new Lazy<Task<string>>(StartAsync);

    /// <summary>Starts the cluster if needed and returns a connection string for a new, empty database.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var connectionString = await UnusedDatabaseAsync();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using (var connection = new NpgsqlConnection(ConnectionString(_folder!, "postgres") + ";Pooling=false"))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return connectionString;
    }

    /// <summary>Starts the cluster if needed and returns a connection string naming a database that does not exist yet.</summary>
    public async Task<string> UnusedDatabaseAsync() => ConnectionString(await _started.Value, "emissions_" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_folder is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], throwOnFailure: false);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private string DataDirectory => Path.Combine(_folder!, "data");

    private static string ConnectionString(string socketFolder, string database) =>
        $"Host={socketFolder};Port={SocketPort};Username=postgres;Database={database}";

    private async Task<string> StartAsync()
    {
        _binDirectory = LocateBinDirectory();
        _folder = Directory.CreateTempSubdirectory("emissionsdao-pg-").FullName;
        if (Environment.IsPrivilegedProcess)
        {
            await RunProcessAsync("chown", ["postgres", _folder], throwOnFailure: true);
        }

        await RunAsync("initdb", ["-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"], throwOnFailure: true);
        var settings = $"-c listen_addresses='' -c unix_socket_directories='{_folder}' -p {SocketPort} -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        var logFile = Path.Combine(_folder, "server.log");
        var (exitCode, output) = await RunAsync("pg_ctl", ["start", "-w", "-t", "60", "-D", DataDirectory, "-l", logFile, "-o", settings], throwOnFailure: false);
        if (exitCode != 0)
        {
            var log = File.Exists(logFile) ? await File.ReadAllTextAsync(logFile) : "(no server log)";
            throw new InvalidOperationException($"pg_ctl start failed ({exitCode}): {output}\n{log}");
        }

        return _folder;
    }

    /// <summary>The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/&lt;newest&gt;/bin.</summary>
    private static string LocateBinDirectory()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(folder => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")));
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return onPath ?? debian ?? throw new InvalidOperationException(
            "The PostgreSQL tests need a PostgreSQL server (initdb and pg_ctl were found neither on PATH nor in /usr/lib/postgresql/*/bin): " +
            "install Debian's package with `apt-get install -y postgresql` (.ci/run does this).");
    }

    /// <summary>Runs a PostgreSQL program, as the postgres user when this process is root.</summary>
    private Task<(int ExitCode, string Output)> RunAsync(string program, IReadOnlyList<string> arguments, bool throwOnFailure)
    {
        var path = Path.Combine(_binDirectory!, program);
        return Environment.IsPrivilegedProcess
            ? RunProcessAsync("runuser", ["-u", "postgres", "--", path, .. arguments], throwOnFailure)
            : RunProcessAsync(path, arguments, throwOnFailure);
    }

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(string fileName, IReadOnlyList<string> arguments, bool throwOnFailure)
    {
        var startInfo = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await process.WaitForExitAsync(timeout.Token);
        var output = (await stdout + await stderr).Trim();
        if (throwOnFailure && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output}");
        }

        return (process.ExitCode, output);
    }
}

/// <summary>The test classes that share the run's <see cref="PostgreSqlServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "postgresql";
}
