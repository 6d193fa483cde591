using System.Diagnostics;

namespace EmissionsDao.Benchmarks.Circuits;

/// <summary>Latencies of one kind of interaction, in milliseconds.</summary>
public sealed class LatencySeries(string name)
{
    private readonly List<double> _milliseconds = [];

    public string Name { get; } = name;

    public int Count
    {
        get
        {
            lock (_milliseconds)
            {
                return _milliseconds.Count;
            }
        }
    }

    public void Add(TimeSpan elapsed)
    {
        lock (_milliseconds)
        {
            _milliseconds.Add(elapsed.TotalMilliseconds);
        }
    }

    public void AddRange(LatencySeries other)
    {
        lock (_milliseconds)
        {
            _milliseconds.AddRange(other.Snapshot());
        }
    }

    /// <summary>Nearest-rank percentile (0 when empty).</summary>
    public double Percentile(double percent)
    {
        var sorted = Snapshot().Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public double Max => Snapshot().DefaultIfEmpty(0).Max();

    public IReadOnlyList<double> Snapshot()
    {
        lock (_milliseconds)
        {
            return [.. _milliseconds];
        }
    }
}

public sealed class CircuitLoadResult
{
    public LatencySeries OpenFilter { get; } = new("open the filter (mousedown -> list of states shown)");

    public LatencySeries ChooseState { get; } = new("choose a state (click -> list filtered)");

    public LatencySeries All
    {
        get
        {
            var all = new LatencySeries("every interaction");
            all.AddRange(OpenFilter);
            all.AddRange(ChooseState);
            return all;
        }
    }

    public int Failures => _failures.Count;

    public IReadOnlyList<string> FailureSamples
    {
        get
        {
            lock (_failures)
            {
                return [.. _failures.Distinct().Take(5)];
            }
        }
    }

    public TimeSpan Elapsed { get; set; }

    private readonly List<string> _failures = [];

    public void Fail(string message)
    {
        lock (_failures)
        {
            _failures.Add(message);
        }
    }
}

/// <summary>Opens circuits on the proposals page and has each of them change the filter over and over.</summary>
public static class CircuitLoad
{
    /// <summary>Opens <paramref name="count"/> circuits, at most <paramref name="parallel"/> at a time, each ready to interact.</summary>
    public static async Task<List<BlazorCircuit>> OpenAsync(HttpClient http, Uri baseAddress, int count, int parallel, Action<int>? opened, CancellationToken cancellationToken)
    {
        var circuits = new List<BlazorCircuit>(count);
        var page = new Uri(baseAddress, ProposalsPage.Path);
        using var gate = new SemaphoreSlim(parallel);
        var tasks = Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var circuit = await BlazorCircuit.OpenAsync(http, page, ProposalsPage.IsReady, cancellationToken);
                lock (circuits)
                {
                    circuits.Add(circuit);
                    opened?.Invoke(circuits.Count);
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);
        return circuits;
    }

    /// <summary>
    /// Every circuit, starting at a random moment within the first think time, opens the filter and chooses the next
    /// state, pausing <paramref name="thinkTime"/> after each interaction, until <paramref name="duration"/> is over.
    /// An interaction's latency runs from dispatching the browser event to the render batch that shows its effect
    /// (and the server's answer that the event was handled).
    /// </summary>
    public static async Task<CircuitLoadResult> InteractAsync(IReadOnlyList<BlazorCircuit> circuits, TimeSpan duration, TimeSpan thinkTime, CancellationToken cancellationToken)
    {
        var result = new CircuitLoadResult();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(circuits.Select((circuit, index) => Task.Run(() => DriveAsync(circuit, index, result, clock, duration, thinkTime, cancellationToken), cancellationToken)));
        result.Elapsed = clock.Elapsed;
        return result;
    }

    private static async Task DriveAsync(BlazorCircuit circuit, int index, CircuitLoadResult result, Stopwatch clock, TimeSpan duration, TimeSpan thinkTime, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * thinkTime.TotalMilliseconds), cancellationToken);
        // The filter starts at "All": begin with a state that changes the list.
        for (var round = index % 2; clock.Elapsed < duration; round++)
        {
            var state = ProposalsPage.Filters[round % ProposalsPage.Filters.Count];
            try
            {
                var open = circuit.Query(ProposalsPage.OpenFilterHandler);
                result.OpenFilter.Add(await TimeAsync(
                    () => circuit.DispatchMouseEventAsync(open, "mousedown", cancellationToken),
                    () => circuit.WaitForAsync(dom => ProposalsPage.OptionHandler(dom, state) is not null, cancellationToken)));
                await Task.Delay(thinkTime, cancellationToken);

                var option = circuit.Query(dom => ProposalsPage.OptionHandler(dom, state))
                    ?? throw new InvalidOperationException($"The option {state} disappeared.");
                result.ChooseState.Add(await TimeAsync(
                    () => circuit.DispatchMouseEventAsync(option, "click", cancellationToken),
                    () => circuit.WaitForAsync(dom => ProposalsPage.Shows(dom, state), cancellationToken)));
                await Task.Delay(thinkTime, cancellationToken);
            }
            catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
            {
                result.Fail($"{exception.GetType().Name}: {exception.Message}{(circuit.Error is { } error ? $" (server: {error})" : string.Empty)}");
                await Task.Delay(thinkTime, cancellationToken);
            }
        }
    }

    /// <summary>From dispatching the event until the page shows its effect and the server says it handled the event.</summary>
    private static async Task<TimeSpan> TimeAsync(Func<Task> dispatch, Func<Task> shown)
    {
        var started = Stopwatch.GetTimestamp();
        var effect = shown();
        await dispatch();
        await effect;
        return Stopwatch.GetElapsedTime(started);
    }
}
