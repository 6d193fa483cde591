using Bunit;
using EmissionsDao.Chain;
using EmissionsDao.Chain.Deployment;
using EmissionsDao.Chain.Indexing;
using EmissionsDao.Core.Data;
using EmissionsDao.Core.Data.ChainIndex;
using EmissionsDao.Web.Components.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace EmissionsDao.Web.Tests.Records;

/// <summary>The /records page rendered with bUnit over a real SQLite chain index.</summary>
public sealed class RecordsPageTests : IAsyncLifetime
{
    private const string Meter = "0x1111111111111111111111111111111111111111111111111111111111111111";
    private const string Travel = "0x2222222222222222222222222222222222222222222222222222222222222222";
    private const string FeeToken = "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9";

    private readonly string _folder = Directory.CreateTempSubdirectory("emissionsdao-records-").FullName;
    private string ConnectionString => $"Data Source={Path.Combine(_folder, "index.db")};Pooling=False";

    public async Task InitializeAsync()
    {
        await using var db = new EmissionsDbContext(new DbContextOptionsBuilder<EmissionsDbContext>().UseSqlite(ConnectionString).Options);
        await db.Database.MigrateAsync();
        db.ChainRecords.AddRange(
            Record(1, Meter, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), 1_000_000, block: 10, tokenId: 1),
            Record(2, Meter, new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30), 4_000_000, block: 30),
            Record(3, Travel, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), 9_000_000, block: 20));
        db.ChainTokens.Add(new IndexedEmissionsToken { TokenId = 1, SubjectKey = Meter, Holder = "0xabc", RecordIds = "1", StartDate = new DateOnly(2025, 1, 1), EndDate = new DateOnly(2025, 1, 31), Grams = 1_000_000, Retired = true });
        var fee = FeeToken.ToLowerInvariant();
        db.ChainTreasuryFlows.AddRange(
            Flow(1, TreasuryFlowKind.FeeIn, fee, "100000000"),
            Flow(2, TreasuryFlowKind.AuditorPayout, fee, "90000000"),
            Flow(3, TreasuryFlowKind.ProtocolShare, fee, "10000000"),
            Flow(4, TreasuryFlowKind.TreasuryIn, fee, "10000000"),
            Flow(5, TreasuryFlowKind.FeeIn, fee, "100000000"));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Records_of_each_subject_are_on_a_timeline_with_the_gap_and_the_totals_and_charts_add_up()
    {
        await using var context = NewContext();

        var page = context.Render<EmissionsDao.Web.Components.Pages.Records>();
        page.WaitForElement("[data-testid=token-summary]");

        // Latest record first: the meter (block 30) before business travel (block 20).
        var lanes = page.FindAll(".record-timeline");
        Assert.Equal([$"timeline-{Meter}", $"timeline-{Travel}"], lanes.Select(l => l.GetAttribute("data-testid")));
        var meter = page.Find($"[data-testid=timeline-{Meter}]");
        Assert.Equal(["2025-01-01", "2025-04-01"], meter.QuerySelectorAll("[data-testid=record-bar]").Select(b => b.GetAttribute("data-start")));
        var gap = Assert.Single(meter.QuerySelectorAll("[data-testid=gap-marker]"));
        Assert.Equal(("2025-02-01", "2025-03-31"), (gap.GetAttribute("data-start"), gap.GetAttribute("data-end")));
        Assert.Contains("5 t CO2e", meter.TextContent);
        Assert.Empty(page.Find($"[data-testid=timeline-{Travel}]").QuerySelectorAll("[data-testid=gap-marker]"));

        Assert.Equal("1", page.Find("[data-testid=records-used]").TextContent);
        Assert.Equal("2", page.Find("[data-testid=records-available]").TextContent);
        Assert.Equal("1", page.Find("[data-testid=tokens-minted]").TextContent);
        Assert.Equal("1", page.Find("[data-testid=tokens-retired]").TextContent);

        // The quarter (9 t over 90 days) spreads 31/28/31 days over January to March; the meter adds 1 t in January, 4 t in April.
        var monthly = page.Find("[data-testid=monthly-chart]");
        Assert.Equal("2025-01,2025-02,2025-03,2025-04", monthly.GetAttribute("data-months"));
        Assert.Equal("4100000,2800000,3100000,4000000", monthly.GetAttribute("data-grams"));
        var bySubject = page.Find("[data-testid=by-subject-chart]");
        Assert.Equal($"{Meter},{Travel}", bySubject.GetAttribute("data-subjects"));
        Assert.Equal("5000000,9000000", bySubject.GetAttribute("data-grams"));
        Assert.NotEmpty(bySubject.QuerySelectorAll("svg"));

        // Two fees of 100 tUSD in, one paid out (90 + 10): 100 still in escrow; the treasury received its 10.
        Assert.Equal("10", page.Find("[data-testid=treasury-balance-tUSD]").TextContent);
        Assert.Equal("100", page.Find("[data-testid=treasury-escrow-tUSD]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=subject-pages]"));
    }

    private BunitContext NewContext()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddDbContextFactory<EmissionsDbContext>(options => options.UseSqlite(ConnectionString));
        context.Services.AddSingleton<ChainIndexQueries>();
        context.Services.AddSingleton<ChainIndexNotifier>();
        var contracts = new ContractAddresses { FeeToken = FeeToken, GovernanceToken = "0x5FbDB2315678afecb367f032d93F642f64180aa3" };
        context.Services.AddSingleton(new ChainRuntime(new ChainConnection("http://127.0.0.1:9", ChainOptions.DevChainId, true, contracts, "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")));
        return context;
    }

    private static IndexedEmissionsRecord Record(long id, string subject, DateOnly start, DateOnly end, long grams, long block, long? tokenId = null) => new()
    {
        RecordId = id,
        SubjectKey = subject,
        Owner = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
        StartDate = start,
        EndDate = end,
        Grams = grams,
        RequestId = id,
        TokenId = tokenId,
        WrittenBlock = block,
    };

    private static TreasuryFlow Flow(long block, TreasuryFlowKind kind, string token, string amount) =>
        new() { BlockNumber = block, LogIndex = 0, Kind = kind, Token = token, Account = "0xdef", Amount = amount, RequestId = 1 };
}
