using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EmissionsDao.Chain;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Data;
using EmissionsDao.Core.Import;
using EmissionsDao.Core.Periods;
using EmissionsDao.Core.Requests;
using EmissionsDao.Web.Api;
using EmissionsDao.Web.Tests.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Signer;

namespace EmissionsDao.Web.Tests.Api;

/// <summary>The public API through the real HTTP pipeline of the real portal (its own anvil, its indexer, a SQLite file).</summary>
[Collection(LivePortalCollection.Name)]
public sealed class PublicApiTests(LivePortal live)
{
    private readonly PortalApiFactory portal = live.Factory;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("flight", ActivityKind.Flight)]
    [InlineData("electricity", ActivityKind.Electricity)]
    [InlineData("gas", ActivityKind.NaturalGas)]
    [InlineData("fuel", ActivityKind.RoadFuel)]
    [InlineData("shipment", ActivityKind.Shipment)]
    [InlineData("other", ActivityKind.Other)]
    public async Task Estimate_of_a_csv_gives_kg_per_row_with_its_factor_and_the_total(string kind, ActivityKind activityKind)
    {
        using var client = portal.CreateClient();

        var response = await client.PostAsync($"/api/estimate?kind={kind}", new StringContent(CsvTemplates.For(activityKind).Text, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var estimate = (await response.Content.ReadFromJsonAsync<EstimateResponse>(Json))!;
        var row = Assert.Single(estimate.Rows);
        Assert.Equal(2, row.Line);
        Assert.Equal(activityKind.ToString(), row.Kind);
        Assert.True(row.KgCo2e > 0);
        Assert.Equal(row.KgCo2e, estimate.TotalKgCo2e);
        Assert.Equal(activityKind == ActivityKind.Other, row.Factor is null);
        Assert.StartsWith("0x", estimate.FactorLibraryHash);
    }

    [Fact]
    public async Task Estimate_of_json_activities_of_mixed_kinds()
    {
        using var client = portal.CreateClient();
        const string activities = """
            [
              { "kind": "road_fuel", "date": "2025-03-14", "litres": "45.5", "fuel": "diesel" },
              { "kind": "other", "date": "2025-03-15", "description": "Refrigerant top-up", "kg_co2e": 12.5 }
            ]
            """;

        var response = await client.PostAsync("/api/estimate", new StringContent(activities, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var estimate = (await response.Content.ReadFromJsonAsync<EstimateResponse>(Json))!;
        Assert.Equal(2, estimate.Rows.Count);
        Assert.Equal(estimate.Rows.Sum(r => r.KgCo2e), estimate.TotalKgCo2e);
        Assert.Equal(2, estimate.ByKind.Count);
    }

    [Fact]
    public async Task A_bad_csv_gets_problem_details_with_every_row_error()
    {
        using var client = portal.CreateClient();
        var csv = "date,litres,fuel\n2025-13-40,45.5,diesel\n2025-03-14,-3,diesel\n2025-03-14,10,kerosene\n";

        var response = await client.PostAsync("/api/estimate?kind=fuel", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The activity file has errors", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors").Deserialize<List<RowError>>(Json)!;
        Assert.Equal([2, 3, 4], errors.Select(e => e.Line!.Value).Distinct());
        Assert.Contains(errors, e => e is { Line: 2, Column: "date" });
        Assert.Contains(errors, e => e is { Line: 3, Column: "litres" });
        Assert.Contains(errors, e => e is { Line: 4, Column: "fuel" });
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Theory]
    [InlineData("/api/estimate", "needs ?kind=")]
    [InlineData("/api/estimate?kind=boat", "got \"boat\"")]
    public async Task A_csv_without_a_known_kind_gets_problem_details_that_list_the_kinds(string url, string says)
    {
        using var client = portal.CreateClient();

        var response = await client.PostAsync(url, new StringContent("date,litres,fuel\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(says, detail);
        Assert.Contains("flight, shipment, electricity, gas, fuel, other", detail);
    }

    [Fact]
    public async Task Records_of_an_issued_audit_are_served_by_subject_and_exported()
    {
        const string subject = "API test utility / account 7";
        var alice = DevAccounts.ByName("Alice").Address;
        var recordId = await IssueAsync(SubjectChainKey.Of(alice, subject), new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30), 123_456);
        using var client = portal.CreateClient();

        var records = await WaitForRecordsAsync(client, $"{alice}/{subject}");

        var record = Assert.Single(records.Records);
        Assert.Equal(SubjectChainKey.Hex(alice, subject), records.SubjectKey);
        Assert.Equal((long)recordId, record.RecordId);
        Assert.Equal(new DateOnly(2025, 4, 1), record.StartDate);
        Assert.Equal(123_456, record.Grams);
        Assert.Empty(records.Gaps);
        var byKey = await client.GetFromJsonAsync<SubjectRecordsResponse>($"/api/subjects/{records.SubjectKey}/records", Json);
        Assert.Equal(records.Records, byKey!.Records);

        var csv = await client.GetAsync($"/api/records/export?format=csv&subjectKey={Uri.EscapeDataString($"{alice}/{subject}")}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal("record_id,subject_key,owner,start_date,end_date,grams_co2e,request_id,token_id,block", lines[0]);
        Assert.StartsWith($"{recordId},{records.SubjectKey},", lines[1]);
        Assert.Contains(",2025-04-01,2025-04-30,123456,", lines[1]);

        var json = await client.GetFromJsonAsync<List<RecordResponse>>("/api/records/export?format=json", Json);
        Assert.Contains(json!, r => r.RecordId == (long)recordId);
    }

    [Fact]
    public async Task A_record_requested_through_the_portal_is_found_by_its_owner_and_subject_key()
    {
        const string subjectKey = "utility 555 / account 9";
        var alice = DevAccounts.ByName("Alice");
        var services = portal.Services;
        var (start, end) = (new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30));

        // What the New audit page does: import the rows, calculate, store the batch for the owner's subject, draft the
        // request (which derives the subject's chain key), then sign and relay it.
        var csv = $"{CsvTemplates.For(ActivityKind.Electricity).Header}\n2025-06-01,2025-06-15,250,CAMX\n2025-06-16,2025-06-30,250,CAMX\n";
        var import = Assert.IsType<ImportResult.Succeeded>(await services.GetRequiredService<ActivityCsvImporter>().ImportAsync(ActivityKind.Electricity, new MemoryStream(Encoding.UTF8.GetBytes(csv))));
        var calculation = services.GetRequiredService<EmissionsCalculator>().Calculate(import.Activities);
        var subject = await services.GetRequiredService<SubjectStore>().GetOrCreateAsync(alice.Address, subjectKey, "Alice's meter");
        var saved = await services.GetRequiredService<ActivityBatchStore>().SaveAsync(subject.Id, new DatePeriod(start, end), "june.csv", import, calculation, reserveRecord: false);
        var batch = Assert.IsType<BatchSaveResult.Saved>(saved).Batch;
        var draft = await services.GetRequiredService<AuditRequestStore>().CreateDraftAsync(batch, subject, alice.Address, calculation.FactorLibraryHash.ToArray(), []);
        var recordId = await IssueAsync(draft.SubjectChainKey, start, end, calculation.TotalGrams, batch.ActivityDataHash);
        using var client = portal.CreateClient();

        var records = await WaitForRecordsAsync(client, $"{alice.Address.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal)}/ {subjectKey} ");

        var record = Assert.Single(records.Records);
        Assert.Equal((long)recordId, record.RecordId);
        Assert.Equal("0x" + Convert.ToHexStringLower(draft.SubjectChainKey), records.SubjectKey);
        Assert.Equal((long)calculation.TotalGrams, record.Grams);
        Assert.Equal(start, record.StartDate);
    }

    [Theory]
    [InlineData("utility 555 / account 9")]
    [InlineData("0x1234")]
    [InlineData("0x70997970c51812dc3a010c7d01b50e0d17dc79c8/ ")]
    public async Task A_subject_named_without_its_owner_gets_problem_details_that_say_how_to_name_it(string subject)
    {
        using var client = portal.CreateClient();

        var byRoute = await client.GetAsync($"/api/subjects/{Uri.EscapeDataString(subject)}/records");
        var byQuery = await client.GetAsync($"/api/records/export?subjectKey={Uri.EscapeDataString(subject)}");

        foreach (var response in new[] { byRoute, byQuery })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
            Assert.Contains("owner's address, a slash", detail);
            Assert.Contains("64 hex digits", detail);
        }
    }

    [Fact]
    public async Task Export_in_an_unknown_format_gets_problem_details()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync("/api/records/export?format=xml");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("format must be csv or json", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Proposals_are_listed_and_a_bad_or_unknown_id_gets_problem_details()
    {
        using var client = portal.CreateClient();

        var list = await client.GetAsync("/api/proposals");
        var bad = await client.GetAsync("/api/proposals/not-a-number");
        var unknown = await client.GetAsync("/api/proposals/12345");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.NotNull(await list.Content.ReadFromJsonAsync<List<ProposalResponse>>(Json));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("decimal digits", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        using var client = portal.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/estimate").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/subjects/{subjectKey}/records").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/records/export").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/proposals").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/proposals/{proposalId}").TryGetProperty("get", out _));
        var estimateBodies = paths.GetProperty("/api/estimate").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.True(estimateBodies.TryGetProperty("text/csv", out _));
        Assert.True(estimateBodies.TryGetProperty("application/json", out _));
    }

    /// <summary>A single-auditor audit on the portal's own chain, issued; returns the record id.</summary>
    private async Task<BigInteger> IssueAsync(byte[] subjectKey, DateOnly start, DateOnly end, BigInteger grams, byte[]? activityHash = null)
    {
        var chain = portal.Services.GetRequiredService<ChainRuntime>().Connection;
        var service = new AuditChainService(chain.Reader, chain.Addresses, new AuditRelayer(new ContractTransactionSender(chain.Relayer), chain.Addresses));
        var alice = DevAccounts.ByName("Alice");
        var factorSet = RandomNumberGenerator.GetBytes(32);
        var draft = new AuditRequestDraft(alice.Address, subjectKey, ChainDays.FromDate(start), ChainDays.FromDate(end), activityHash ?? RandomNumberGenerator.GetBytes(32), factorSet, []);
        var created = await service.RequestAuditAsync(await service.SignAuditRequestAsync(draft, new EthECKey(alice.PrivateKey), TimeSpan.FromHours(1)));
        var auditor = DevAccounts.All.Single(a => string.Equals(a.Address, created.Panel.Single(), StringComparison.OrdinalIgnoreCase));
        var result = AuditorResult.IssueGrams(grams, factorSet);
        await service.CommitAsync(await service.SignCommitAsync(created.RequestId, result, new EthECKey(auditor.PrivateKey), TimeSpan.FromHours(1)));
        await service.RevealAsync(await service.SignRevealAsync(created.RequestId, result, new EthECKey(auditor.PrivateKey), TimeSpan.FromHours(1)));
        var finalized = await service.FinalizeAsync(created.RequestId);
        Assert.Equal(AuditStatus.Issued, finalized.Status);
        return finalized.RecordId;
    }

    private static async Task<SubjectRecordsResponse> WaitForRecordsAsync(HttpClient client, string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var records = await client.GetFromJsonAsync<SubjectRecordsResponse>($"/api/subjects/{Uri.EscapeDataString(subject)}/records", Json);
            if (records!.Records.Count > 0 || DateTime.UtcNow > deadline)
            {
                return records;
            }

            await Task.Delay(200);
        }
    }
}
