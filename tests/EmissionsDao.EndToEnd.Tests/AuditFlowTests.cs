using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Core.Requests;
using EmissionsDao.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmissionsDao.EndToEnd.Tests;

/// <summary>
/// The audit in a real browser: a requester uploads a CSV with a bad row, fixes it, attaches a bill and signs the
/// request and fee permit; the auditor the chain drew asks a question, the requester answers; the auditor commits and
/// reveals; the request is finalized; the requester mints a token from the record. Then a declined audit, and the
/// access rules for everyone else.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class AuditFlowTests(PortalFixture portal)
{
    private static readonly string ElectricityHeader = EmissionsDao.Core.Import.CsvTemplates.For(EmissionsDao.Core.Activities.ActivityKind.Electricity).Header;
    private static readonly byte[] Bill = Encoding.ASCII.GetBytes("%PDF-1.4\n% January bill, utility 123 / account 456\n%%EOF\n");
    private static readonly byte[] MeterPhoto = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x6D, 0x65, 0x74, 0x65, 0x72];

    [Fact]
    public async Task A_requester_gets_an_audit_issued_and_mints_a_token_and_nobody_else_can_read_it()
    {
        var alice = await portal.SignInAsDevAccountAsync("Alice", "/audits/new");
        var requestId = await RequestAuditAsync(alice, "utility 123 / account 456", "2025-01-01", "2025-01-31", "jan", withDocument: true);
        await PortalFixture.ScreenshotAsync(alice, "audit-request-requester");

        var (auditorName, auditor) = await OpenAsDrawnAuditorAsync(requestId);
        await Field(auditor, "message-input").FillAsync("Please confirm the meter reading of 31 January.");
        await auditor.GetByTestId("message-send").ClickAsync();
        await Expect(auditor.GetByTestId("message-thread")).ToContainTextAsync("Please confirm the meter reading", new() { Timeout = 10_000 });
        await Expect(auditor.GetByTestId("request-documents")).ToContainTextAsync("bill-january.pdf");

        await ReloadAsync(alice);
        await Expect(alice.GetByTestId("info-requested")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Field(alice, "message-input").FillAsync("Confirmed: 250 kWh each half of the month, as on the bill.");
        await alice.GetByTestId("message-thread").Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload { Name = "meter-31-january.png", MimeType = "image/png", Buffer = MeterPhoto });
        await Expect(alice.GetByTestId("message-thread")).ToContainTextAsync("meter-31-january.png", new() { Timeout = 10_000 });
        await alice.GetByTestId("message-send").ClickAsync();
        await Expect(alice.GetByTestId("message-thread")).ToContainTextAsync("Confirmed: 250 kWh", new() { Timeout = 10_000 });
        await Expect(alice.GetByTestId("info-requested")).ToBeHiddenAsync();

        await ReloadAsync(auditor);
        await Expect(auditor.GetByTestId("message-thread")).ToContainTextAsync("Confirmed: 250 kWh");
        var attachmentPath = await auditor.GetByTestId("message-attachment").GetAttributeAsync("href");
        var attachment = await auditor.APIRequest.GetAsync(new Uri(portal.BaseAddress, attachmentPath).ToString());
        Assert.Equal(200, attachment.Status);
        Assert.Equal("image/png", attachment.Headers["content-type"]);
        Assert.Equal(MeterPhoto, await attachment.BodyAsync());
        await PortalFixture.ScreenshotAsync(auditor, "audit-request-auditor");
        await auditor.GetByTestId("commit-result").ClickAsync();
        await Expect(auditor.GetByTestId("committed")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(auditor.GetByTestId("reveal-result")).ToBeEnabledAsync(new() { Timeout = 10_000 });
        await auditor.GetByTestId("reveal-result").ClickAsync();
        await Expect(auditor.GetByTestId("revealed")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(auditor.GetByTestId("finalize")).ToBeEnabledAsync(new() { Timeout = 10_000 });
        await auditor.GetByTestId("finalize").ClickAsync();
        await Expect(auditor.GetByTestId("outcome-issued")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        var chainRequest = await Service.GetRequestAsync(requestId);
        Assert.Equal(AuditStatus.Issued, (AuditStatus)chainRequest.Status);
        var record = await Service.GetRecordAsync(chainRequest.RecordId);
        Assert.Equal(DevAccounts.ByName("Alice").Address, record.Owner, StringComparer.OrdinalIgnoreCase);

        await ReloadAsync(alice);
        await Expect(alice.GetByTestId("outcome-issued")).ToContainTextAsync($"record {record.RecordId}", new() { Timeout = 10_000 });
        await Expect(alice.GetByTestId("request-timeline")).ToContainTextAsync("Issued");
        await PortalFixture.ScreenshotAsync(alice, "audit-request-issued");
        await alice.GetByTestId("go-to-records").ClickAsync();
        await alice.WaitForURLAsync("**/audits/records");
        await Field(alice, $"select-record-{record.RecordId}").CheckAsync();
        await Expect(alice.GetByTestId("coverage-ok")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await alice.GetByTestId("mint-token").ClickAsync();
        await Expect(alice.GetByTestId("tokens")).ToContainTextAsync("active", new() { Timeout = 30_000 });
        await Expect(alice.GetByTestId("records")).ToContainTextAsync("used by token");
        await PortalFixture.ScreenshotAsync(alice, "my-records");
        Assert.False((await Service.GetRecordAsync(record.RecordId)).TokenId.IsZero);

        // The public records page shows the record on its subject's timeline, for its period, used by the token; the
        // public API finds it by the owner and the subject key the requester typed.
        var subjectKey = SubjectChainKey.Hex(DevAccounts.ByName("Alice").Address, "utility 123 / account 456");
        await ReloadAsync(alice, "/records");
        var bar = alice.GetByTestId($"timeline-{subjectKey}").Locator($"[data-testid=record-bar][data-record='{record.RecordId}']");
        await Expect(bar).ToHaveAttributeAsync("data-start", "2025-01-01", new() { Timeout = 15_000 });
        await Expect(bar).ToHaveAttributeAsync("data-end", "2025-01-31");
        await Expect(alice.GetByTestId("records-used")).Not.ToHaveTextAsync("0", new() { Timeout = 15_000 });
        await Expect(alice.GetByTestId("monthly-chart")).ToHaveAttributeAsync("data-months", new Regex("2025-01"));
        await PortalFixture.ScreenshotAsync(alice, "records");
        var api = await alice.APIRequest.GetAsync(new Uri(portal.BaseAddress, $"/api/subjects/{Uri.EscapeDataString($"{DevAccounts.ByName("Alice").Address}/utility 123 / account 456")}/records").ToString());
        Assert.Equal(200, api.Status);
        var found = System.Text.Json.JsonDocument.Parse(await api.TextAsync()).RootElement;
        Assert.Equal(subjectKey, found.GetProperty("subjectKey").GetString());
        Assert.Contains(found.GetProperty("records").EnumerateArray(), r => r.GetProperty("recordId").GetInt64() == (long)record.RecordId && r.GetProperty("startDate").GetString() == "2025-01-01");

        await alice.GotoAsync(new Uri(portal.BaseAddress, "/audits").ToString());
        await Expect(alice.GetByTestId("my-requests")).ToContainTextAsync($"#{requestId}");
        await PortalFixture.ScreenshotAsync(alice, "my-audits");
        await auditor.GotoAsync(new Uri(portal.BaseAddress, "/auditor").ToString());
        await Expect(auditor.GetByTestId("drawn-requests")).ToContainTextAsync($"#{requestId}");
        // Other tests on this shared chain may have paid the same auditor before: the fee share of this audit is 90 tUSD.
        await Expect(auditor.GetByTestId("earnings")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d[\d,.]* tUSD waiting to be withdrawn"));
        Assert.True(await Service.CreditOfAsync(portal.Chain.Addresses.FeeToken!, DevAccounts.ByName(auditorName).Address) >= 90_000_000);
        await PortalFixture.ScreenshotAsync(auditor, "auditor-desk");

        // Access: the requester reads the document; any other account, an auditor not drawn, or nobody, cannot.
        await ReloadAsync(alice, $"/audits/{requestId}");
        var documentPath = await alice.GetByTestId("document-link").First.GetAttributeAsync("href");
        Assert.NotNull(documentPath);
        var own = await alice.APIRequest.GetAsync(new Uri(portal.BaseAddress, documentPath).ToString());
        Assert.Equal(200, own.Status);
        Assert.Equal(Bill, await own.BodyAsync());

        var notDrawn = new[] { "Bob", "Carol", "Dave" }.First(n => n != auditorName);
        foreach (var outsider in new[] { "Erin", notDrawn, "Grace" })
        {
            var page = await portal.SignInAsDevAccountAsync(outsider, $"/audits/{requestId}");
            await Expect(page.GetByTestId("request-forbidden")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("message-thread")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("request-documents")).ToHaveCountAsync(0);
            var response = await page.APIRequest.GetAsync(new Uri(portal.BaseAddress, $"/audits/{requestId}").ToString());
            Assert.Equal(403, response.Status);
            Assert.DoesNotContain("Please confirm the meter reading", await response.TextAsync(), StringComparison.Ordinal);
            var document = await page.APIRequest.GetAsync(new Uri(portal.BaseAddress, documentPath).ToString());
            Assert.Equal(403, document.Status);
            if (outsider == "Erin")
            {
                await PortalFixture.ScreenshotAsync(page, "audit-request-forbidden");
            }

            await page.CloseAsync();
        }

        var anonymous = await portal.Browser.NewPageAsync();
        Assert.Equal(403, (await anonymous.APIRequest.GetAsync(new Uri(portal.BaseAddress, documentPath).ToString(), new() { MaxRedirects = 0 })).Status);
        Assert.Equal(403, (await anonymous.APIRequest.GetAsync(new Uri(portal.BaseAddress, $"/audits/{requestId}/documents/999999").ToString())).Status);
        Assert.Equal(404, (await alice.APIRequest.GetAsync(new Uri(portal.BaseAddress, $"/audits/{requestId}/documents/999999").ToString())).Status);
        Assert.Equal(404, (await anonymous.APIRequest.GetAsync(new Uri(portal.BaseAddress, "/audits/999999/documents/1").ToString())).Status);
    }

    [Fact]
    public async Task An_auditor_declines_with_a_reason_and_the_requester_sees_it()
    {
        var grace = await portal.SignInAsDevAccountAsync("Grace", "/audits/new");
        var requestId = await RequestAuditAsync(grace, "Grace / home electricity", "2025-03-01", "2025-03-31", "mar", withDocument: false);

        var (_, auditor) = await OpenAsDrawnAuditorAsync(requestId);
        await auditor.GetByTestId("auditor-panel").GetByText("Decline", new() { Exact = true }).ClickAsync();
        await Field(auditor, "result-reason-text").FillAsync("No bill supports these readings.");
        await PortalFixture.ScreenshotAsync(auditor, "auditor-decline-form");
        await auditor.GetByTestId("commit-result").ClickAsync();
        await Expect(auditor.GetByTestId("committed")).ToContainTextAsync("decline", new() { Timeout = 30_000 });
        await Expect(auditor.GetByTestId("reveal-result")).ToBeEnabledAsync(new() { Timeout = 10_000 });
        await auditor.GetByTestId("reveal-result").ClickAsync();
        await Expect(auditor.GetByTestId("revealed")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await auditor.GetByTestId("finalize").ClickAsync();
        await Expect(auditor.GetByTestId("outcome-declined")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        Assert.Equal(AuditStatus.Declined, (AuditStatus)(await Service.GetRequestAsync(requestId)).Status);
        await ReloadAsync(grace);
        await Expect(grace.GetByTestId("outcome-declined")).ToContainTextAsync("Insufficient evidence");
        await Expect(grace.GetByTestId("outcome-declined")).ToContainTextAsync("No bill supports these readings.");
        await Expect(grace.GetByTestId("request-timeline")).ToContainTextAsync("Declined");
        await PortalFixture.ScreenshotAsync(grace, "audit-request-declined");
    }

    [Fact]
    public async Task A_wallet_requester_gets_a_record_mints_a_token_and_transfers_it_and_the_receiver_retires_it()
    {
        var frankAddress = DevAccounts.ByName("Frank").Address;
        var graceAddress = DevAccounts.ByName("Grace").Address;
        var frank = await portal.SignInWithInjectedWalletAsync(frankAddress, "/audits/new");

        // Documents the portal does not take are refused with what to change, and nothing is attached.
        var documentInput = frank.GetByTestId("document-upload").Locator("input[type=file]").Last;
        await documentInput.SetInputFilesAsync(new FilePayload { Name = "setup.exe", MimeType = "application/x-msdownload", Buffer = [0x4D, 0x5A, 0x90, 0x00] });
        await Expect(frank.GetByTestId("document-problem")).ToContainTextAsync("setup.exe: Documents of type 'application/x-msdownload' are not accepted: attach PDF, CSV, JSON, PNG, JPEG, XLSX", new() { Timeout = 10_000 });
        // A file path, not a buffer: the browser reads it from disk, so 20 MB need not cross Playwright's pipe.
        var tooLarge = Path.Combine(Directory.CreateTempSubdirectory("emissionsdao-e2e-doc-").FullName, "scan.pdf");
        await using (var file = File.Create(tooLarge))
        {
            file.Write("%PDF-"u8);
            file.SetLength((20 * 1024 * 1024) + 1);
        }

        await documentInput.SetInputFilesAsync(tooLarge);
        await Expect(frank.GetByTestId("document-problem")).ToContainTextAsync("scan.pdf: The document is 20 MB", new() { Timeout = 10_000 });
        await Expect(frank.GetByTestId("document-problem")).ToContainTextAsync("the limit is 20 MB");
        await Expect(frank.GetByTestId("documents")).Not.ToContainTextAsync("scan.pdf");
        await PortalFixture.ScreenshotAsync(frank, "new-audit-document-refused");

        var requestId = await RequestAuditAsync(frank, "Frank / office electricity", "2025-05-01", "2025-05-31", "may", withDocument: true);
        Assert.Equal(frankAddress, (await Service.GetRequestAsync(requestId)).Requester, StringComparer.OrdinalIgnoreCase);

        // The drawn auditor, with a browser wallet too, reads the requester's document and signs commit and reveal in the wallet.
        var auditorAddress = Assert.Single(await Service.GetBallotsAsync(requestId)).Auditor;
        var auditor = await portal.SignInWithInjectedWalletAsync(auditorAddress, $"/audits/{requestId}");
        var documentPath = await auditor.GetByTestId("document-link").First.GetAttributeAsync("href");
        var download = await auditor.APIRequest.GetAsync(new Uri(portal.BaseAddress, documentPath).ToString());
        Assert.Equal(200, download.Status);
        Assert.Equal(Bill, await download.BodyAsync());
        await auditor.GetByTestId("commit-result").ClickAsync();
        await Expect(auditor.GetByTestId("committed")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(auditor.GetByTestId("reveal-result")).ToBeEnabledAsync(new() { Timeout = 10_000 });
        await auditor.GetByTestId("reveal-result").ClickAsync();
        await Expect(auditor.GetByTestId("revealed")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await auditor.GetByTestId("finalize").ClickAsync();
        await Expect(auditor.GetByTestId("outcome-issued")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var recordId = (await Service.GetRequestAsync(requestId)).RecordId;

        // Mint: the portal builds the transaction, Frank's wallet sends it, the page follows it until it is mined.
        await ReloadAsync(frank, "/audits/records");
        await Field(frank, $"select-record-{recordId}").CheckAsync();
        await Expect(frank.GetByTestId("coverage-ok")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await frank.GetByTestId("mint-token").ClickAsync();
        await Expect(frank.GetByTestId("records")).ToContainTextAsync("used by token", new() { Timeout = 30_000 });
        var tokenId = (await Service.GetRecordAsync(recordId)).TokenId;
        Assert.False(tokenId.IsZero);
        var mint = (await PortalFixture.WalletTransactionsAsync(frank))[0];
        Assert.Equal(portal.Chain.Addresses.EmissionsTokens, mint.GetProperty("to").GetString(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal("0x7a69", mint.GetProperty("chainId").GetString());
        Assert.Equal(frankAddress, mint.GetProperty("from").GetString(), StringComparer.OrdinalIgnoreCase);
        await Expect(frank.GetByTestId("token-state")).ToHaveTextAsync("active");

        // A declined transaction and a wallet on another chain are explained, and nothing changes.
        await Field(frank, $"transfer-to-{tokenId}").FillAsync(graceAddress);
        await PortalFixture.DeclineNextTransactionAsync(frank);
        await frank.GetByTestId($"transfer-token-{tokenId}").ClickAsync();
        await Expect(frank.GetByTestId("tx-error")).ToHaveTextAsync("You declined the transaction in your wallet: nothing was sent.", new() { Timeout = 10_000 });
        await PortalFixture.SetWalletChainAsync(frank, 1);
        await frank.GetByTestId($"retire-token-{tokenId}").ClickAsync();
        await Expect(frank.GetByTestId("tx-error")).ToContainTextAsync("Your wallet is on chain 1, but this portal's contracts are on chain 31337", new() { Timeout = 10_000 });
        await PortalFixture.ScreenshotAsync(frank, "my-records-wrong-chain");
        await PortalFixture.SetWalletChainAsync(frank, 31337);
        Assert.Equal(frankAddress, (await Service.GetTokenAsync(tokenId)).Holder, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(1, (await PortalFixture.WalletTransactionsAsync(frank)).GetArrayLength());

        await frank.GetByTestId($"transfer-token-{tokenId}").ClickAsync();
        await Expect(frank.GetByTestId("token-holder")).Not.ToContainTextAsync("you", new() { Timeout = 30_000 });
        await Expect(frank.GetByTestId($"retire-token-{tokenId}")).ToHaveCountAsync(0);
        Assert.Equal(graceAddress, (await Service.GetTokenAsync(tokenId)).Holder, StringComparer.OrdinalIgnoreCase);

        // Only the holder may retire: Grace, who received it, does, from her wallet.
        var grace = await portal.SignInWithInjectedWalletAsync(graceAddress, "/audits/records");
        await Expect(grace.GetByTestId("tokens")).ToContainTextAsync($"#{tokenId}", new() { Timeout = 10_000 });
        await grace.GetByTestId($"retire-token-{tokenId}").ClickAsync();
        await Expect(grace.GetByTestId("token-state")).ToHaveTextAsync("retired", new() { Timeout = 30_000 });
        await PortalFixture.ScreenshotAsync(grace, "my-records-retired");
        var retired = await Service.GetTokenAsync(tokenId);
        Assert.True(retired.Retired);
        Assert.Equal(graceAddress, retired.Holder, StringComparer.OrdinalIgnoreCase);
        await Expect(grace.GetByTestId("tx-error")).ToHaveCountAsync(0);
    }

    private AuditChainService Service => portal.Services.GetRequiredService<EmissionsDao.Web.Audits.AuditPortalService>().Chain;

    /// <summary>New audit: a file with a bad line 3 is refused with the error on that line; the fixed file is previewed and submitted.</summary>
    private async Task<BigInteger> RequestAuditAsync(IPage page, string subject, string start, string end, string month, bool withDocument)
    {
        var middle = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture).AddDays(14).ToString("yyyy-MM-dd");
        var secondHalf = DateOnly.Parse(middle, System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd");
        await Field(page, "subject-key").FillAsync(subject);
        await page.GetByLabel("Period start").FillAsync(start);
        await page.GetByLabel("Period end (inclusive)").FillAsync(end);

        var csvInput = page.GetByTestId("csv-upload").Locator("input[type=file]").Last;
        await csvInput.SetInputFilesAsync(Csv($"{month}-bad.csv", $"{ElectricityHeader}\n{start},{middle},250,CAMX\n{secondHalf},{end},-5,CAMX\n"));
        await Expect(page.GetByTestId("import-failed")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(page.GetByTestId("error-line")).ToHaveTextAsync("3");
        await Expect(page.GetByTestId("error-column")).ToHaveTextAsync("kwh");
        await PortalFixture.ScreenshotAsync(page, "new-audit-errors");

        await csvInput.SetInputFilesAsync(Csv($"{month}.csv", $"{ElectricityHeader}\n{start},{middle},250,CAMX\n{secondHalf},{end},250,CAMX\n"));
        await Expect(page.GetByTestId("import-ok")).ToContainTextAsync("2 rows", new() { Timeout = 10_000 });
        await Expect(page.GetByTestId("import-errors")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("preview-rows")).ToContainTextAsync("US EPA 2023, CAMX");
        await Expect(page.GetByTestId("preview-total")).ToContainTextAsync("kg CO2e");
        if (withDocument)
        {
            await page.GetByTestId("document-upload").Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload { Name = "bill-january.pdf", MimeType = "application/pdf", Buffer = Bill });
            await Expect(page.GetByTestId("documents")).ToContainTextAsync("bill-january.pdf", new() { Timeout = 10_000 });
        }

        await Expect(page.GetByTestId("submit-request")).ToBeEnabledAsync();
        await PortalFixture.ScreenshotAsync(page, "new-audit-preview");
        await page.GetByTestId("submit-request").ClickAsync();
        for (var waited = 0; !RequestUrl().IsMatch(new Uri(page.Url).AbsolutePath); waited += 250)
        {
            if (await page.GetByTestId("submit-error").CountAsync() > 0 || waited > 60_000)
            {
                await PortalFixture.ScreenshotAsync(page, "new-audit-submit-failed");
                Assert.Fail("The request was not submitted: " + string.Join(" | ", await page.GetByTestId("submit-error").AllInnerTextsAsync()));
            }

            await Task.Delay(250);
        }

        await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 20_000 });
        await Expect(page.GetByTestId("request-timeline")).ToContainTextAsync("Panel drawn", new() { Timeout = 10_000 });
        return BigInteger.Parse(new Uri(page.Url).Segments[^1]);
    }

    private async Task<(string Name, IPage Page)> OpenAsDrawnAuditorAsync(BigInteger requestId)
    {
        var drawn = Assert.Single(await Service.GetBallotsAsync(requestId)).Auditor;
        var name = DevAccounts.All.Single(a => string.Equals(a.Address, drawn, StringComparison.OrdinalIgnoreCase)).Name;
        Assert.Contains(name, new[] { "Bob", "Carol", "Dave" });
        return (name, await portal.SignInAsDevAccountAsync(name, $"/audits/{requestId}"));
    }

    private async Task ReloadAsync(IPage page, string? path = null)
    {
        if (path is null)
        {
            await page.ReloadAsync();
        }
        else
        {
            await page.GotoAsync(new Uri(portal.BaseAddress, path).ToString());
        }

        await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 20_000 });
    }

    /// <summary>The input or textarea of a MudBlazor field, wherever the test id landed.</summary>
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    [GeneratedRegex(@"/audits/\d+$")]
    private static partial Regex RequestUrl();
}
