using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace EmissionsDao.Web.Tests.Authentication;

/// <summary>
/// One <see cref="PortalApiFactory"/> on a real Kestrel port, shared by the test classes of <see cref="LivePortalCollection"/>:
/// the public API through HttpClient, and Blazor circuits over WebSockets.
/// </summary>
public sealed class LivePortal : IAsyncLifetime
{
    public PortalApiFactory Factory { get; } = new();

    public Uri BaseAddress { get; private set; } = default!;

    public Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseAddress = new Uri(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class LivePortalCollection : ICollectionFixture<LivePortal>
{
    public const string Name = "live portal";
}
