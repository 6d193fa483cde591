using Bunit;
using EmissionsDao.Web.Components.Shared;
using EmissionsDao.Web.Signing;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace EmissionsDao.Web.Tests.Signing;

public sealed class TransactionStatusTests
{
    [Fact]
    public async Task A_wallet_transaction_shows_its_step_and_once_sent_its_hash_and_time_waited()
    {
        await using var context = NewContext();
        var hash = "0x" + new string('c', 64);

        var status = context.Render<TransactionStatus>(p => p.Add(s => s.Progress, new TransactionProgress(TransactionStage.AwaitingWallet, "Retire")));
        Assert.Equal("Step 2 of 3 · Retire: confirm the transaction in your wallet…", status.Find("[data-testid=tx-progress] .mud-typography-body2").TextContent);
        Assert.Empty(status.FindAll("[data-testid=tx-hash]"));

        status.Render(p => p.Add(s => s.Progress, new TransactionProgress(TransactionStage.Mining, "Retire", hash, TimeSpan.FromSeconds(4.2))));
        Assert.Equal("Step 3 of 3 · Retire: sent, waiting for it to be mined (4 s)…", status.Find("[data-testid=tx-progress] .mud-typography-body2").TextContent);
        Assert.Equal(hash, status.Find("[data-testid=tx-hash]").TextContent);
        Assert.Empty(status.FindAll("[data-testid=tx-error]"));
    }

    [Fact]
    public async Task A_failed_transaction_shows_why_until_dismissed()
    {
        await using var context = NewContext();
        var dismissed = 0;

        var status = context.Render<TransactionStatus>(p => p
            .Add(s => s.Error, "Retire: Only the holder of token 3 may retire it, not 0xabc.")
            .Add(s => s.OnDismiss, () => dismissed++));

        Assert.Contains("Only the holder of token 3 may retire it", status.Find("[data-testid=tx-error]").TextContent);
        Assert.Empty(status.FindAll("[data-testid=tx-progress]"));
        await status.Find("[data-testid=tx-error] button").ClickAsync(new());
        Assert.Equal(1, dismissed);
    }

    [Fact]
    public void A_dev_account_transaction_has_no_hash_while_the_server_sends_it()
    {
        Assert.Equal("Mint: sending the transaction and waiting for it to be mined…", new TransactionProgress(TransactionStage.Mining, "Mint").Text);
        Assert.Equal("Mint: checking the transaction with the contract…", new TransactionProgress(TransactionStage.Checking, "Mint").Text);
        Assert.Equal(1, new TransactionProgress(TransactionStage.Checking, "Mint").Step);
    }

    private static BunitContext NewContext()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }
}
