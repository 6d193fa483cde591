using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace EmissionsDao.Benchmarks.Circuits;

/// <summary>
/// The load measurement of the proposals page: N Blazor Server circuits on /governance, each changing the "Show"
/// filter over and over; reports the interaction latency (p50/p95/p99) and the server's memory per circuit.
/// <code>
/// dotnet run -c Release --project tests/EmissionsDao.Benchmarks -- circuits --count 100 [--seconds 60] [--think-ms 1000]
/// dotnet run -c Release --project tests/EmissionsDao.Benchmarks -- circuits --url http://localhost:5080 --count 100 [--server-pid PID]
/// </code>
/// Without --url, the portal runs in this process (its own anvil and SQLite file, with a few proposals made through
/// the governance service) and the circuits are opened by a child process, so that this process's memory is the
/// server's alone: managed heap and working set after a forced full GC, before and after opening the circuits.
/// With --url, only the latency is measured (and the server's resident set from /proc when --server-pid is given).
/// </summary>
public static class CircuitsCommand
{
    public const string Name = "circuits";
    public const string ClientName = "circuits-client";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        var load = LoadAverage();
        if (options.Url is { } url)
        {
            return await RunAgainstUrlAsync(options, url, load);
        }

        Console.Error.WriteLine("Starting the portal (embedded anvil, fresh SQLite file)…");
        await using var portal = PortalHost.Start();
        const int active = 3, pending = 2;
        await portal.CreateProposalsAsync(active, pending);
        Console.Error.WriteLine($"Portal at {portal.BaseAddress} with {active} Active and {pending} Pending proposals.");

        using var client = StartClient(options with { Url = portal.BaseAddress });
        await client.ExpectAsync("warmed");
        var before = ServerMemory.Measure();
        await client.SendAsync("open");
        var openedSeconds = double.Parse((await client.ExpectAsync("opened"))!, CultureInfo.InvariantCulture);
        var open = ServerMemory.Measure();
        Console.Error.WriteLine($"Circuits open, nobody clicking: measuring the server's CPU for {IdleWindow.TotalSeconds:0} s…");
        var idleCpu = await ServerCpu.OverAsync(() => Task.Delay(IdleWindow));
        await client.SendAsync("run");
        ClientResult? result = null;
        var busyCpu = await ServerCpu.OverAsync(async () => result = JsonSerializer.Deserialize<ClientResult>((await client.ExpectAsync("result"))!)!);
        var afterRun = ServerMemory.Measure();
        await client.SendAsync("close");
        await client.WaitForExitAsync();

        Report(options, load, LoadAverage(), openedSeconds, result!, $"{active + pending} proposals listed ({active} Active, {pending} Pending); portal in this process, circuits from a child process");
        Console.WriteLine();
        Console.WriteLine($"  Server CPU (this process, all threads)     {"cores busy",14} {"ms per s per circuit",22}");
        Console.WriteLine($"    {"circuits open, nobody clicking",-38} {idleCpu.Cores,14:0.00} {idleCpu.Cores * 1000 / options.Count,22:0.0}");
        Console.WriteLine($"    {"during the interactions",-38} {busyCpu.Cores,14:0.00} {busyCpu.Cores * 1000 / options.Count,22:0.0}");
        Console.WriteLine();
        Console.WriteLine($"  {"Server memory after a forced full GC",-40} {"managed heap",14} {"working set",14}");
        MemoryLine("before the circuits", Mb(before.ManagedHeap), Mb(before.WorkingSet));
        MemoryLine($"with {options.Count} circuits open", Mb(open.ManagedHeap), Mb(open.WorkingSet));
        MemoryLine("same, after the interactions", Mb(afterRun.ManagedHeap), Mb(afterRun.WorkingSet));
        MemoryLine($"per circuit: (open - before) / {options.Count}", Kb((open.ManagedHeap - before.ManagedHeap) / options.Count), Kb((open.WorkingSet - before.WorkingSet) / options.Count));
        MemoryLine("per circuit after the interactions", Kb((afterRun.ManagedHeap - before.ManagedHeap) / options.Count), Kb((afterRun.WorkingSet - before.WorkingSet) / options.Count));
        return result!.Failures == 0 ? 0 : 1;
    }

    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(10);

    /// <summary>The child process: opens and drives the circuits when the parent says so, and reports the latencies.</summary>
    public static async Task<int> RunClientAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue });
        await WarmUpAsync(http, options.Url!);
        Console.WriteLine("warmed");
        await ExpectInputAsync("open");
        var (circuits, openedSeconds) = await OpenAsync(http, options.Url!, options);
        Console.WriteLine($"opened {openedSeconds.ToString(CultureInfo.InvariantCulture)}");
        await ExpectInputAsync("run");
        var result = await CircuitLoad.InteractAsync(circuits, options.Duration, options.ThinkTime, CancellationToken.None);
        Console.WriteLine("result " + JsonSerializer.Serialize(ClientResult.From(result)));
        await ExpectInputAsync("close");
        await Task.WhenAll(circuits.Select(c => c.DisposeAsync().AsTask()));
        return 0;
    }

    private static async Task<int> RunAgainstUrlAsync(LoadOptions options, Uri url, (double, double, double) load)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue });
        await WarmUpAsync(http, url);
        var before = ResidentSet(options.ServerPid);
        var (circuits, openedSeconds) = await OpenAsync(http, url, options);
        var open = ResidentSet(options.ServerPid);
        var result = ClientResult.From(await CircuitLoad.InteractAsync(circuits, options.Duration, options.ThinkTime, CancellationToken.None));
        await Task.WhenAll(circuits.Select(c => c.DisposeAsync().AsTask()));
        Report(options, load, LoadAverage(), openedSeconds, result, $"portal at {url}");
        if (before is { } rssBefore && open is { } rssOpen)
        {
            Console.WriteLine();
            Console.WriteLine($"Server resident set (/proc/{options.ServerPid}/status, no forced GC): {Mb(rssBefore)} before, {Mb(rssOpen)} with the circuits open, {Kb((rssOpen - rssBefore) / options.Count)} per circuit");
        }

        return result.Failures == 0 ? 0 : 1;
    }

    /// <summary>Two circuits through a few interactions, closed again: the server's one-time costs (JIT, caches) are paid before measuring.</summary>
    private static async Task WarmUpAsync(HttpClient http, Uri url)
    {
        Console.Error.WriteLine("Warming up with 2 circuits…");
        var circuits = await CircuitLoad.OpenAsync(http, url, 2, 2, null, CancellationToken.None);
        await CircuitLoad.InteractAsync(circuits, TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(100), CancellationToken.None);
        await Task.WhenAll(circuits.Select(c => c.DisposeAsync().AsTask()));
    }

    private static async Task<(List<BlazorCircuit> Circuits, double Seconds)> OpenAsync(HttpClient http, Uri url, LoadOptions options)
    {
        var clock = Stopwatch.StartNew();
        var circuits = await CircuitLoad.OpenAsync(http, url, options.Count, options.Parallel, opened =>
        {
            if (opened % 10 == 0 || opened == options.Count)
            {
                Console.Error.WriteLine($"  {opened}/{options.Count} circuits open ({clock.Elapsed.TotalSeconds:0.0} s)");
            }
        }, CancellationToken.None);
        Console.Error.WriteLine($"Interacting for {options.Duration.TotalSeconds:0} s (think time {options.ThinkTime.TotalMilliseconds:0} ms)…");
        return (circuits, Math.Round(clock.Elapsed.TotalSeconds, 1));
    }

    private static void Report(LoadOptions options, (double, double, double) loadBefore, (double, double, double) loadAfter, double openedSeconds, ClientResult result, string setup)
    {
        Console.WriteLine();
        Console.WriteLine($"Blazor Server circuits on {ProposalsPage.Path}: {options.Count} circuits, {options.Duration.TotalSeconds:0} s of interactions, think time {options.ThinkTime.TotalMilliseconds:0} ms after each");
        Console.WriteLine($"  {setup}");
        Console.WriteLine($"  machine: {Environment.ProcessorCount} cores; load average (1/5/15 min) {loadBefore} before, {loadAfter} after");
        Console.WriteLine($"  {options.Count} circuits opened in {openedSeconds:0.0} s ({options.Parallel} at a time)");
        Console.WriteLine();
        Console.WriteLine("Interaction latency: event dispatched -> render batch showing its effect received (ms)");
        Console.WriteLine($"  {"interaction",-52} {"n",6} {"p50",8} {"p95",8} {"p99",8} {"max",8}");
        foreach (var series in result.Series())
        {
            Console.WriteLine($"  {series.Name,-52} {series.Count,6} {series.Percentile(50),8:0.0} {series.Percentile(95),8:0.0} {series.Percentile(99),8:0.0} {series.Max,8:0.0}");
        }

        Console.WriteLine($"  failed interactions: {result.Failures}");
        foreach (var failure in result.FailureSamples)
        {
            Console.WriteLine($"    {failure}");
        }
    }

    private static ChildClient StartClient(LoadOptions options)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(CircuitsCommand).Assembly.Location);
        }

        foreach (var argument in options.ToClientArguments())
        {
            start.ArgumentList.Add(argument);
        }

        return new ChildClient(Process.Start(start)!);
    }

    private static async Task ExpectInputAsync(string command)
    {
        var line = await Console.In.ReadLineAsync();
        if (line != command)
        {
            throw new InvalidOperationException($"Expected '{command}' from the parent, got '{line}'.");
        }
    }

    private static (double, double, double) LoadAverage()
    {
        var parts = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ') : ["0", "0", "0"];
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    private static long? ResidentSet(int? pid)
    {
        if (pid is null)
        {
            return null;
        }

        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static void MemoryLine(string label, string heap, string workingSet) => Console.WriteLine($"    {label,-38} {heap,14} {workingSet,14}");

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MB";

    private static string Kb(long bytes) => $"{bytes / 1024.0:0} KB";

    private sealed record LoadOptions(int Count, TimeSpan Duration, TimeSpan ThinkTime, int Parallel, Uri? Url, int? ServerPid)
    {
        public static LoadOptions Parse(string[] args)
        {
            var options = new LoadOptions(100, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1), 10, null, null);
            for (var i = 0; i < args.Length; i++)
            {
                var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
                options = args[i++] switch
                {
                    "--count" => options with { Count = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--seconds" => options with { Duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                    "--think-ms" => options with { ThinkTime = TimeSpan.FromMilliseconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                    "--parallel" => options with { Parallel = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--url" => options with { Url = new Uri(value) },
                    "--server-pid" => options with { ServerPid = int.Parse(value, CultureInfo.InvariantCulture) },
                    var unknown => throw new ArgumentException($"Unknown option {unknown}: use --count, --seconds, --think-ms, --parallel, --url, --server-pid."),
                };
            }

            return options;
        }

        public IEnumerable<string> ToClientArguments() =>
        [
            ClientName, "--url", Url!.ToString(), "--count", Count.ToString(CultureInfo.InvariantCulture),
            "--seconds", Duration.TotalSeconds.ToString(CultureInfo.InvariantCulture),
            "--think-ms", ThinkTime.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
            "--parallel", Parallel.ToString(CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>What the child process reports: every latency, for the parent to summarise.</summary>
    private sealed record ClientResult(double[] OpenFilter, double[] ChooseState, int Failures, string[] FailureSamples)
    {
        public static ClientResult From(CircuitLoadResult result) =>
            new([.. result.OpenFilter.Snapshot()], [.. result.ChooseState.Snapshot()], result.Failures, [.. result.FailureSamples]);

        public IEnumerable<LatencySeries> Series()
        {
            var shape = new CircuitLoadResult();
            var open = shape.OpenFilter;
            var choose = shape.ChooseState;
            foreach (var ms in OpenFilter)
            {
                open.Add(TimeSpan.FromMilliseconds(ms));
            }

            foreach (var ms in ChooseState)
            {
                choose.Add(TimeSpan.FromMilliseconds(ms));
            }

            return [open, choose, shape.All];
        }
    }

    private sealed class ChildClient(Process process) : IDisposable
    {
        /// <summary>The next line from the child, which must start with <paramref name="word"/>; returns the rest.</summary>
        public async Task<string?> ExpectAsync(string word)
        {
            var line = await process.StandardOutput.ReadLineAsync();
            if (line is null || !line.StartsWith(word, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The circuit client said '{line ?? "nothing (it exited)"}' where '{word}' was expected.");
            }

            return line.Length > word.Length ? line[(word.Length + 1)..] : null;
        }

        public async Task SendAsync(string command)
        {
            await process.StandardInput.WriteLineAsync(command);
            await process.StandardInput.FlushAsync();
        }

        public Task WaitForExitAsync() => process.WaitForExitAsync();

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            process.Dispose();
        }
    }
}

/// <summary>How busy this process kept the CPUs while something ran: processor time over wall time.</summary>
public readonly record struct ServerCpu(double Cores)
{
    public static async Task<ServerCpu> OverAsync(Func<Task> run)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await run();
        process.Refresh();
        return new ServerCpu((process.TotalProcessorTime - cpuBefore).TotalSeconds / clock.Elapsed.TotalSeconds);
    }
}

/// <summary>This process's memory after a forced, compacting full GC.</summary>
public readonly record struct ServerMemory(long ManagedHeap, long WorkingSet)
{
    public static ServerMemory Measure()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return new ServerMemory(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64);
    }
}
