using System.Numerics;
using EmissionsDao.Core.Data;
using EmissionsDao.Core.Data.ChainIndex;
using EmissionsDao.Core.Tests.Support;

namespace EmissionsDao.Core.Tests.Data;

/// <summary>
/// The chain index queries on a real SQLite file, against the same answers computed in memory from every row (as the
/// queries did before they filtered, counted, summed and paged in SQL): the results must not change.
/// </summary>
public sealed class ChainIndexQueriesTests : IAsyncLifetime
{
    private readonly List<IndexedEmissionsRecord> _records = [];
    private readonly List<IndexedEmissionsToken> _tokens = [];
    private readonly List<TreasuryFlow> _flows = [];
    private readonly List<IndexedAuditRequest> _requests = [];
    private readonly List<StoredCalculation> _calculations = [];
    private TestDatabase _database = default!;
    private ChainIndexQueries _queries = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _queries = new ChainIndexQueries(_database);
        Seed(new Random(7));
        await using var db = _database.CreateDbContext();
        var subject = new Subject { OwnerAddress = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8", Key = "meter", DisplayName = "meter" };
        db.Subjects.Add(subject);
        await db.SaveChangesAsync();
        db.ActivityBatches.Add(new ActivityBatch { SubjectId = subject.Id, SourceName = "rows.csv", ActivityDataHash = new byte[32], Calculations = _calculations });
        db.ChainRecords.AddRange(_records);
        db.ChainTokens.AddRange(_tokens);
        db.ChainTreasuryFlows.AddRange(_flows);
        db.ChainAuditRequests.AddRange(_requests);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Timelines_page_in_sql_as_the_whole_list_did_in_memory()
    {
        var expected = _records.OrderBy(r => r.SubjectKey, StringComparer.Ordinal)
            .GroupBy(r => r.SubjectKey)
            .Select(g => SubjectTimeline.Of(g.Key, g))
            .OrderByDescending(t => t.Records.Max(r => r.WrittenBlock))
            .ToList();

        var pages = new List<SubjectTimeline>();
        for (var skip = 0; skip < expected.Count + 7; skip += 7)
        {
            pages.AddRange(await _queries.TimelinesAsync(skip, 7));
        }

        Assert.Equal(expected.Count, await _queries.SubjectCountAsync());
        Assert.Equal(expected.Select(t => t.SubjectKey), pages.Select(t => t.SubjectKey));
        Assert.Equal(expected.Select(Describe), pages.Select(Describe));
        Assert.Contains(pages, t => t.Gaps.Count > 0);
    }

    [Fact]
    public async Task Records_of_a_subject_and_the_counts_are_unchanged()
    {
        var subject = _records[3].SubjectKey;

        var records = await _queries.RecordsAsync(subject.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal));
        var counts = await _queries.RecordCountsAsync();

        Assert.Equal(_records.Where(r => r.SubjectKey == subject).OrderBy(r => r.StartDate).Select(r => r.RecordId), records.Select(r => r.RecordId));
        Assert.Equal(new RecordCounts(_records.Count(r => r.TokenId is not null), _records.Count(r => r.TokenId is null)), counts);
        Assert.Equal(_records.Count, (await _queries.RecordsAsync()).Count);
    }

    [Fact]
    public async Task Monthly_grams_are_the_same_as_spreading_every_record_in_memory()
    {
        var months = await _queries.MonthlyGramsAsync();

        Assert.Equal(MonthlyEmissions.Of(_records), months);
        Assert.Equal(_records.Sum(r => r.Grams), months.Sum(m => m.Grams));
    }

    [Fact]
    public async Task Token_summary_counts_and_sums_in_sql()
    {
        var summary = await _queries.TokenSummaryAsync();

        Assert.Equal(new TokenSummary(_tokens.Count, _tokens.Count(t => t.Retired), _tokens.Where(t => t.Retired).Sum(t => t.Grams)), summary);
        Assert.True(summary.Retired > 0);
    }

    [Fact]
    public async Task Treasury_ledgers_are_exact_beyond_64_bits()
    {
        var expected = TreasuryLedger.From(_flows);

        var ledgers = await _queries.TreasuryLedgersAsync();

        Assert.Equal(expected.Select(l => l.Token), ledgers.Select(l => l.Token));
        foreach (var (want, got) in expected.Zip(ledgers))
        {
            Assert.Equal(want.Totals.OrderBy(t => t.Key), got.Totals.OrderBy(t => t.Key));
            Assert.Equal(want.Escrow, got.Escrow);
            Assert.Equal(want.TreasuryBalance, got.TreasuryBalance);
        }

        Assert.Contains(ledgers, l => l.Total(TreasuryFlowKind.TreasuryIn) > long.MaxValue);
    }

    [Fact]
    public async Task Grams_by_activity_kind_count_each_anchored_calculation_once()
    {
        var anchored = _requests.Where(r => r.Status == "Issued").Select(r => Convert.FromHexString(r.ActivityHash[2..])).ToList();
        var expected = _calculations
            .Where(c => anchored.Any(h => h.AsSpan().SequenceEqual(c.ActivityDataHash)))
            .SelectMany(c => c.Totals.Where(t => t.Dimension == CalculationTotalDimension.Kind))
            .GroupBy(t => t.Key)
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Grams));

        var byKind = await _queries.IssuedGramsByActivityKindAsync();

        Assert.Equal(expected.OrderBy(e => e.Key), byKind.OrderBy(e => e.Key));
        Assert.True(byKind.Count >= 2);
    }

    private static string Describe(SubjectTimeline timeline) =>
        $"{timeline.SubjectKey}: {string.Join(' ', timeline.Records.Select(r => $"{r.RecordId}@{r.StartDate:yyyyMMdd}-{r.EndDate:yyyyMMdd}"))} gaps {string.Join(' ', timeline.Gaps)} total {timeline.TotalGrams}";

    /// <summary>Subjects with monthly or quarterly records, some gaps, shared blocks; tokens; flows with repeated and huge amounts; anchored calculations.</summary>
    private void Seed(Random random)
    {
        var recordId = 1L;
        for (var s = 0; s < 23; s++)
        {
            var subject = "0x" + Convert.ToHexStringLower(BitConverter.GetBytes((long)s * 7919)).PadLeft(64, 'a');
            var start = new DateOnly(2024, 1 + random.Next(12), 1);
            for (var r = 0; r < 1 + random.Next(6); r++)
            {
                var months = random.Next(3) == 0 ? 3 : 1;
                var end = start.AddMonths(months).AddDays(-1);
                _records.Add(new IndexedEmissionsRecord
                {
                    RecordId = recordId,
                    SubjectKey = subject,
                    Owner = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
                    StartDate = start,
                    EndDate = end,
                    Grams = random.NextInt64(1, 5_000_000_000),
                    RequestId = recordId,
                    TokenId = random.Next(3) == 0 ? recordId : null,
                    WrittenBlock = 100 + random.Next(40),
                });
                recordId++;
                start = end.AddDays(1).AddMonths(random.Next(4) == 0 ? 1 : 0);
            }
        }

        for (var t = 1; t <= 15; t++)
        {
            _tokens.Add(new IndexedEmissionsToken { TokenId = t, SubjectKey = _records[t].SubjectKey, Holder = "0xabc", RecordIds = $"{t}", Grams = random.NextInt64(1, 1_000_000_000), Retired = t % 4 == 0, MintedBlock = t });
        }

        string[] tokens = ["0x5fbdb2315678afecb367f032d93f642f64180aa3", "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512"];
        var kinds = Enum.GetValues<TreasuryFlowKind>();
        for (var f = 0; f < 300; f++)
        {
            var amount = f % 10 == 0 ? (BigInteger.Pow(10, 30) + f).ToString() : (100_000_000L * (1 + random.Next(3))).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _flows.Add(new TreasuryFlow { BlockNumber = f, LogIndex = 0, Kind = f % 10 == 0 ? TreasuryFlowKind.TreasuryIn : kinds[random.Next(kinds.Length)], Token = tokens[f % 2], Account = "0xdef", Amount = amount });
        }

        string[] activityKinds = ["electricity", "flight", "shipment", "natural_gas"];
        for (var c = 0; c < 30; c++)
        {
            // Every fifth calculation repeats the previous one's activity data (the same file uploaded again).
            var hash = c % 5 == 4 ? _calculations[^1].ActivityDataHash : System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(c));
            _calculations.Add(new StoredCalculation
            {
                ActivityDataHash = hash,
                FactorLibraryHash = new byte[32],
                FactorLibraryVersion = "1",
                MethodVersion = "1",
                Totals =
                [
                    new StoredCalculationTotal { Dimension = CalculationTotalDimension.Kind, Key = activityKinds[c % 4], Grams = random.NextInt64(1, 1_000_000) },
                    new StoredCalculationTotal { Dimension = CalculationTotalDimension.Kind, Key = activityKinds[(c + 1) % 4], Grams = random.NextInt64(1, 1_000_000) },
                    new StoredCalculationTotal { Dimension = CalculationTotalDimension.Month, Key = "2025-01", Grams = random.NextInt64(1, 1_000_000) },
                ],
            });
            if (c % 3 != 2)
            {
                var hex = "0x" + Convert.ToHexStringLower(hash);
                _requests.Add(new IndexedAuditRequest
                {
                    RequestId = c + 1,
                    Requester = "0xabc",
                    SubjectKey = _records[0].SubjectKey,
                    ActivityHash = c == 7 ? hex.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal) : hex,
                    FactorSetHash = "0x00",
                    FeeToken = tokens[0],
                    Fee = "100",
                    Status = c % 3 == 0 ? "Issued" : c % 3 == 1 && c > 20 ? "Declined" : "Issued",
                });
            }
        }
    }
}
