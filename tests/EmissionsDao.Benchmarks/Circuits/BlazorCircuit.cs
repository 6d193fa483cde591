using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace EmissionsDao.Benchmarks.Circuits;

/// <summary>
/// One Blazor Server circuit driven without a browser, speaking the protocol blazor.web.js speaks: fetch the
/// prerendered page, read its server component markers, connect to /_blazor with the "blazorpack" hub protocol,
/// StartCircuit, add the root components (UpdateRootComponents), apply and acknowledge every render batch
/// (OnRenderCompleted), answer the app's JS interop calls, and dispatch browser events through the renderer's interop
/// object (BeginInvokeDotNetFromJS "DispatchEventAsync"), as the browser does since .NET 6.
/// </summary>
public sealed partial class BlazorCircuit : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, JsonNode?> BrowserAnswers = new()
    {
        ["window.hasOwnProperty"] = true,
        ["mudpopoverHelper.countProviders"] = 1,
        ["mudResizeListener.getBrowserWindowSize"] = new JsonObject { ["width"] = 1366, ["height"] = 900 },
        ["mudElementRef.getBoundingClientRect"] = JsonNode.Parse("""{ "width": 200, "height": 40, "right": 200, "bottom": 40, "windowWidth": 1366, "windowHeight": 900 }"""),
    };

    private readonly HubConnection _connection;
    private readonly LogicalDom _dom = new();
    private readonly Lock _domLock = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _pendingDotNetCalls = new();
    private readonly TaskCompletionSource<long> _rendererInterop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(Func<LogicalDom, bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private long _nextCallId;
    private int _batches;

    private readonly HttpClient _http;
    private readonly Uri _baseUri;
    private string? _circuitId;

    private BlazorCircuit(HubConnection connection, HttpClient http, Uri baseUri)
    {
        _connection = connection;
        _http = http;
        _baseUri = baseUri;
    }

    /// <summary>Render batches received so far.</summary>
    public int Batches => Volatile.Read(ref _batches);

    /// <summary>The last error the server reported (JS.Error), if any.</summary>
    public string? Error { get; private set; }

    /// <summary>Opens a circuit on <paramref name="page"/> and waits until <paramref name="isInteractive"/> holds for its DOM.</summary>
    public static async Task<BlazorCircuit> OpenAsync(HttpClient http, Uri page, Func<LogicalDom, bool> isInteractive, CancellationToken cancellationToken)
    {
        var html = await http.GetStringAsync(page, cancellationToken);
        var markers = ServerMarkers(html);
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"{page} has no interactive server component markers.");
        }

        var state = PersistedState().Match(html) is { Success: true } found ? found.Groups[1].Value : string.Empty;
        var baseUri = new Uri(page, "/");
        var builder = new HubConnectionBuilder().WithUrl(new Uri(baseUri, "_blazor"), options =>
        {
            options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
            options.SkipNegotiation = true;
        });
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackProtocol());
        var circuit = new BlazorCircuit(builder.Build(), http, baseUri);
        await circuit.StartAsync(baseUri, page, markers, state, cancellationToken);
        await circuit.WaitForAsync(isInteractive, cancellationToken);
        return circuit;
    }

    /// <summary>Runs <paramref name="query"/> on the page as it is now.</summary>
    public T Query<T>(Func<LogicalDom, T> query)
    {
        lock (_domLock)
        {
            return query(_dom);
        }
    }

    /// <summary>Completes when <paramref name="condition"/> holds for the page (checked after every render batch).</summary>
    public Task WaitForAsync(Func<LogicalDom, bool> condition, CancellationToken cancellationToken)
    {
        TaskCompletionSource done;
        lock (_domLock)
        {
            if (condition(_dom))
            {
                return Task.CompletedTask;
            }

            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((condition, done));
        }

        return done.Task.WaitAsync(Timeout, cancellationToken);
    }

    /// <summary>
    /// Dispatches a mouse event (click, mousedown…) to the handler <paramref name="eventHandlerId"/> and completes when the server has handled it:
    /// the renderer answers the interop call after the event handler (and the render it causes) completed, and the
    /// connection is ordered, so every render batch of the event has arrived and been applied by then.
    /// </summary>
    public async Task DispatchMouseEventAsync(ulong eventHandlerId, string eventName, CancellationToken cancellationToken)
    {
        var descriptor = new JsonObject { ["eventHandlerId"] = eventHandlerId, ["eventName"] = eventName, ["eventFieldInfo"] = null };
        // A left-button single click at (0, 0); the MouseEventArgs fields left out default to 0 and false.
        var mouse = new JsonObject { ["type"] = eventName, ["detail"] = 1 };
        await InvokeRendererAsync("DispatchEventAsync", new JsonArray(descriptor, mouse).ToJsonString(), cancellationToken);
    }

    private async Task<string> InvokeRendererAsync(string method, string argsJson, CancellationToken cancellationToken)
    {
        var interop = await _rendererInterop.Task.WaitAsync(Timeout, cancellationToken);
        var callId = Interlocked.Increment(ref _nextCallId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pendingDotNetCalls[callId] = result;
        await _connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, method, interop, argsJson, cancellationToken);
        return await result.Task.WaitAsync(Timeout, cancellationToken);
    }

    private async Task StartAsync(Uri baseUri, Uri page, IReadOnlyList<JsonObject> markers, string state, CancellationToken cancellationToken)
    {
        _connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        _connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", OnBeginInvokeJSAsync);
        _connection.On<string, bool, string>("JS.EndInvokeDotNet", OnEndInvokeDotNet);
        _connection.On<int, string>("JS.AttachComponent", (componentId, _) =>
        {
            lock (_domLock)
            {
                _dom.AttachRootComponent(componentId);
            }
        });
        _connection.On<string>("JS.Error", error => Error = error);
        _connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        await _connection.StartAsync(cancellationToken);

        _circuitId = await _connection.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), page.ToString(), "[]", state, cancellationToken);
        if (string.IsNullOrEmpty(_circuitId))
        {
            throw new InvalidOperationException($"The server refused to start a circuit: {Error ?? "no reason given"}.");
        }

        // The root components of the page, as WebRootComponentManager adds them (ssrComponentId counts from 1).
        var operations = new JsonArray([.. markers.Select((marker, i) => (JsonNode)new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker })]);
        var batch = new JsonObject { ["batchId"] = 1, ["operations"] = operations };
        await _connection.SendAsync("UpdateRootComponents", batch.ToJsonString(), state, cancellationToken);
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        string? error = null;
        try
        {
            var batch = RenderBatch.Read(data);
            lock (_domLock)
            {
                _dom.Apply(batch);
                _batches++;
                for (var i = _waiters.Count - 1; i >= 0; i--)
                {
                    if (_waiters[i].Condition(_dom))
                    {
                        _waiters[i].Done.TrySetResult();
                        _waiters.RemoveAt(i);
                    }
                }
            }
        }
        catch (Exception exception)
        {
            error = exception.ToString();
            Error = error;
        }

        await _connection.SendAsync("OnRenderCompleted", batchId, error);
    }

    private async Task OnBeginInvokeJSAsync(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        var args = JsonNode.Parse(argsJson) as JsonArray;
        switch (identifier)
        {
            case "Blazor._internal.attachWebRendererInterop":
                _rendererInterop.TrySetResult(args![1]!["__dotNetObject"]!.GetValue<long>());
                break;
        }

        // Everything else (MudBlazor's observers, focus, scroll…) has no effect without a real browser: answer it as
        // done, with what a 1366×900 window would answer where the component needs a value.
        if (asyncHandle != 0)
        {
            var result = BrowserAnswers.GetValueOrDefault(identifier)?.DeepClone();
            await _connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, new JsonArray(asyncHandle, true, result).ToJsonString());
        }
    }

    private void OnEndInvokeDotNet(string callId, bool success, string resultOrError)
    {
        if (_pendingDotNetCalls.TryRemove(callId, out var call))
        {
            if (success)
            {
                call.TrySetResult(resultOrError);
            }
            else
            {
                call.TrySetException(new InvalidOperationException($"The server failed call {callId}: {resultOrError}"));
            }
        }
    }

    private static List<JsonObject> ServerMarkers(string html) =>
        [.. Markers().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups[1].Value) as JsonObject)
            .Where(m => m is not null && (string?)m["type"] == "server" && m["descriptor"] is not null)
            .Select(m => m!)];

    /// <summary>Closes the circuit as a closing tab does (the disconnect beacon), so the server frees it at once.</summary>
    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        if (_circuitId is not null)
        {
            using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("circuitId", _circuitId)]);
            try
            {
                using var response = await _http.PostAsync(new Uri(_baseUri, "_blazor/disconnect"), form);
            }
            catch (HttpRequestException)
            {
                // The server is gone already: nothing to free.
            }
        }
    }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex Markers();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex PersistedState();
}
