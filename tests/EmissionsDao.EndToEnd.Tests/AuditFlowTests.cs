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
        await alice.GetByTestId("message-send").ClickAsync();
        await Expect(alice.GetByTestId("message-thread")).ToContainTextAsync("Confirmed: 250 kWh", new() { Timeout = 10_000 });
        await Expect(alice.GetByTestId("info-requested")).ToBeHiddenAsync();

        await ReloadAsync(auditor);
        await Expect(auditor.GetByTestId("message-thread")).ToContainTextAsync("Confirmed: 250 kWh");
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
    public async Task A_requester_with_a_browser_wallet_signs_the_request_and_the_permit_in_the_wallet()
    {
        var frank = await OpenWithAnvilWalletAsync(DevAccounts.ByName("Frank").Address, "/audits/new");

        var requestId = await RequestAuditAsync(frank, "Frank / office electricity", "2025-05-01", "2025-05-31", "may", withDocument: true);

        var request = await Service.GetRequestAsync(requestId);
        Assert.Equal(DevAccounts.ByName("Frank").Address, request.Requester, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(AuditStatus.Open, (AuditStatus)request.Status);
        await Expect(frank.GetByTestId("request-documents")).ToContainTextAsync("bill-january.pdf");
    }

    /// <summary>A browser whose injected EIP-1193 wallet signs through anvil's unlocked account, as a wallet extension would.</summary>
    private async Task<IPage> OpenWithAnvilWalletAsync(string address, string returnUrl)
    {
        var page = await portal.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await page.AddInitScriptAsync($$"""
            window.ethereum = {
              request: async ({ method, params }) => {
                if (method === "eth_requestAccounts" || method === "eth_accounts") return ["{{address.ToLowerInvariant()}}"];
                if (method === "eth_chainId") return "0x7a69";
                if (method === "eth_signTypedData_v4" && typeof params[1] === "string") params = [params[0], JSON.parse(params[1])];
                const response = await fetch("{{portal.Chain.RpcUrl}}", {
                  method: "POST",
                  headers: { "Content-Type": "application/json" },
                  body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
                });
                const body = await response.json();
                if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code });
                return body.result;
              },
            };
            """);
        await page.GotoAsync(new Uri(portal.BaseAddress, $"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}").ToString());
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 20_000 });
        await page.GetByTestId("connect-wallet").ClickAsync();
        await page.WaitForURLAsync($"**{returnUrl}", new() { Timeout = 20_000 });
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 20_000 });
        return page;
    }

    private AuditChainService Service => portal.Services.GetRequiredService<AuditMessagesToSign>().Service;

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
