using Bunit;
using EmissionsDao.Chain;
using EmissionsDao.Core.Data;
using EmissionsDao.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace EmissionsDao.Web.Tests;

public sealed class StatusCardTests
{
    private static readonly ChainStatus DevChainStatus = new(
        31337,
        42,
        DateTimeOffset.FromUnixTimeSeconds(1_764_028_800),
        "http://127.0.0.1:8545",
        IsEmbeddedDevChain: true,
        "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
        [("GovernanceToken", "0x5FbDB2315678afecb367f032d93F642f64180aa3"), ("Governor", null)],
        [new DemoAccountStatus("Erin", "Community reviewer", "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc", 100_000m, 100_000m, 10_000m, 9_999.98m)]);

    [Fact]
    public async Task Chain_card_shows_chain_id_block_and_every_contract()
    {
        await using var context = NewContext();

        var card = context.Render<ChainStatusCard>(parameters => parameters.Add(c => c.Status, DevChainStatus));

        Assert.Equal("31337", card.Find("[data-testid=chain-id]").TextContent);
        Assert.Equal("42", card.Find("[data-testid=latest-block]").TextContent);
        Assert.Contains("2025-11-25 00:00:00", card.Markup);
        Assert.Contains("0x5FbDB2315678afecb367f032d93F642f64180aa3", card.Find("[data-testid=contract-GovernanceToken]").TextContent);
        Assert.Contains("not deployed", card.Find("[data-testid=contract-Governor]").TextContent);
        Assert.Contains("Local dev chain (anvil)", card.Markup);
    }

    [Fact]
    public async Task Chain_card_marks_an_external_chain()
    {
        await using var context = NewContext();

        var card = context.Render<ChainStatusCard>(parameters => parameters.Add(c => c.Status, DevChainStatus with { ChainId = 11155111, IsEmbeddedDevChain = false }));

        Assert.Contains("External chain", card.Markup);
        Assert.DoesNotContain("Local dev chain", card.Markup);
    }

    [Fact]
    public async Task Demo_accounts_table_shows_holdings_with_the_dev_only_warning()
    {
        await using var context = NewContext();

        var table = context.Render<DemoAccountsTable>(parameters => parameters.Add(t => t.Accounts, DevChainStatus.DemoAccounts));

        Assert.Equal("100,000", table.Find("[data-testid=edao-Erin]").TextContent);
        Assert.Contains("local chain only", table.Markup);
        Assert.Contains("10,000.00", table.Markup);
    }

    [Fact]
    public async Task Database_card_flags_pending_migrations()
    {
        await using var context = NewContext();

        var upToDate = context.Render<DatabaseStatusCard>(parameters => parameters.Add(
            c => c.Status, new DatabaseStatus("Microsoft.EntityFrameworkCore.Sqlite", "/data/emissionsdao.db", ["20261124_Initial"], [])));
        var behind = context.Render<DatabaseStatusCard>(parameters => parameters.Add(
            c => c.Status, new DatabaseStatus("Microsoft.EntityFrameworkCore.Sqlite", "/data/emissionsdao.db", ["20261124_Initial"], ["20261125_Next"])));

        Assert.Contains("Up to date", upToDate.Markup);
        Assert.Equal("20261124_Initial", upToDate.Find("[data-testid=applied-migrations]").TextContent);
        Assert.Contains("1 pending migration(s)", behind.Markup);
    }

    private static BunitContext NewContext()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }
}
