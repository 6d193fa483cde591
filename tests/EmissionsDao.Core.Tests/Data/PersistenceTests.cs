using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Data;
using EmissionsDao.Core.Import;
using EmissionsDao.Core.Periods;
using EmissionsDao.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EmissionsDao.Core.Tests.Data;

public sealed class PersistenceTests
{
    private const string Owner = "0x1111111111111111111111111111111111111111";
    private static readonly DatePeriod February = new(new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 28));

    [Fact]
    public async Task Migrations_store_dates_as_integer_day_numbers()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        var columns = await db.Database.SqlQueryRaw<ColumnInfo>("SELECT name AS Name, type AS Type FROM pragma_table_info('EmissionsRecords')").ToListAsync();
        var start = new DateOnly(2025, 2, 1);
        var sql = db.EmissionsRecords.Where(r => r.SubjectId == 1 && r.StartDate <= start).OrderByDescending(r => r.StartDate).ToQueryString();

        Assert.Contains(new ColumnInfo("StartDay", "INTEGER"), columns);
        Assert.Contains(new ColumnInfo("EndDay", "INTEGER"), columns);
        Assert.Contains("\"StartDay\" <= @", sql, StringComparison.Ordinal);
        Assert.Contains(start.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), sql, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-02-01", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing_and_stored_sets_keep_their_hash()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();

        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(4, await FactorSeeder.SeedAsync(db));
        }

        var (sets, factors) = await CountsAsync(database);
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(0, await FactorSeeder.SeedAsync(db));
        }

        Assert.Equal((sets, factors), await CountsAsync(database));
        Assert.Equal(4, sets);
        Assert.Equal((2 * 2616) + 28 + 209, factors);

        await using var check = database.CreateDbContext();
        foreach (var set in CoreFixture.Library.Sets)
        {
            var hash = set.ContentHash.ToArray();
            var stored = await check.FactorSets.Include(s => s.Factors).SingleAsync(s => s.ContentHash == hash);
            Assert.Equal(set.ContentHash, stored.ToFactorSet().ContentHash);
        }
    }

    public static TheoryData<string, string> OverlapShapes => new()
    {
        { "2025-02-01", "2025-02-28" }, // identical
        { "2025-02-10", "2025-02-20" }, // contained
        { "2025-01-15", "2025-03-15" }, // containing
        { "2025-02-28", "2025-03-31" }, // touching the existing end day (inclusive)
        { "2025-01-01", "2025-02-01" }, // touching the existing start day (inclusive)
        { "2025-01-20", "2025-02-10" }, // partial, before
        { "2025-02-20", "2025-03-10" }, // partial, after
        { "2025-02-01", "2025-02-01" }, // one day, first day
        { "2025-02-28", "2025-02-28" }, // one day, last day
    };

    [Theory]
    [MemberData(nameof(OverlapShapes))]
    public async Task Record_store_rejects_every_overlap_shape(string start, string end)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var store = new EmissionsRecordStore(database, FixedTimeProvider.Default);
        var subject = await NewSubjectAsync(database, "account-1");
        var existing = Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(subject.Id, February, 1000)).Record;

        var period = new DatePeriod(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        var rejected = Assert.IsType<RecordInsertResult.Rejected>(await store.AddAsync(subject.Id, period, 500));

        Assert.Equal(existing.Id, rejected.Conflicting!.Id);
        Assert.StartsWith($"overlap: the new record ({period}) and record {existing.Id} (2025-02-01 to 2025-02-28) of this subject both cover ", rejected.Reason, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.EmissionsRecords.CountAsync());
    }

    [Fact]
    public async Task Record_store_names_the_shared_days()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var store = new EmissionsRecordStore(database, FixedTimeProvider.Default);
        var subject = await NewSubjectAsync(database, "account-1");
        var existing = Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(subject.Id, February, 1000)).Record;

        var rejected = Assert.IsType<RecordInsertResult.Rejected>(
            await store.AddAsync(subject.Id, new DatePeriod(new DateOnly(2025, 2, 28), new DateOnly(2025, 3, 31)), 500));

        Assert.Equal($"overlap: the new record (2025-02-28 to 2025-03-31) and record {existing.Id} (2025-02-01 to 2025-02-28) of this subject both cover 2025-02-28; " +
                     "records of one subject may not overlap (dates are inclusive)", rejected.Reason);
    }

    [Fact]
    public async Task Record_store_accepts_adjacent_periods_and_other_subjects()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var store = new EmissionsRecordStore(database, FixedTimeProvider.Default);
        var subject = await NewSubjectAsync(database, "account-1");
        var other = await NewSubjectAsync(database, "account-2");

        Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(subject.Id, February, 1000));
        Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(subject.Id, new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)), 1000));
        Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(subject.Id, new DatePeriod(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)), 1000));
        Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(other.Id, February, 1000));
    }

    [Fact]
    public async Task Removing_a_pending_record_frees_its_period_but_an_issued_one_stays()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var store = new EmissionsRecordStore(database, FixedTimeProvider.Default);
        var subject = await NewSubjectAsync(database, "account-1");
        var pending = Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(subject.Id, February, 1000)).Record;

        Assert.True(await store.RemovePendingAsync(pending.Id));
        var again = Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(subject.Id, February, 900)).Record;
        Assert.True(await store.MarkIssuedAsync(again.Id, "42"));
        Assert.False(await store.RemovePendingAsync(again.Id));
        Assert.IsType<RecordInsertResult.Rejected>(await store.AddAsync(subject.Id, February, 900));
    }

    [Fact]
    public async Task Database_neighbour_check_agrees_with_brute_force_over_random_inserts()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var store = new EmissionsRecordStore(database, FixedTimeProvider.Default);
        var subject = await NewSubjectAsync(database, "account-1");
        var accepted = new List<DatePeriod>();
        var random = new Random(31337);

        for (var i = 0; i < 300; i++)
        {
            var start = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 1500));
            var period = new DatePeriod(start, start.AddDays(random.Next(0, 40)));
            var overlapsBruteForce = accepted.Any(p => p.Overlaps(period));

            var result = await store.AddAsync(subject.Id, period, 1);

            Assert.Equal(overlapsBruteForce, result is RecordInsertResult.Rejected);
            if (result is RecordInsertResult.Added)
            {
                accepted.Add(period);
            }
        }

        Assert.Empty(PeriodRules.FindOverlaps(accepted.Select((p, i) => new PeriodEntry($"record {i}", p))));
    }

    [Fact]
    public async Task A_batch_is_saved_whole_with_its_rows_calculation_and_record()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var batches = NewBatchStore(database);
        var subject = await NewSubjectAsync(database, "utility-123/account-456");
        var import = ImportElectricity("2025-02-01,2025-02-14,250,UK\n2025-02-15,2025-02-28,250,UK\n");
        var calculation = CoreFixture.Calculator.Calculate(import.Activities);

        var saved = Assert.IsType<BatchSaveResult.Saved>(await batches.SaveAsync(subject.Id, February, "feb.csv", import, calculation, reserveRecord: true));

        await using var db = database.CreateDbContext();
        var batch = await db.ActivityBatches.Include(b => b.Rows).Include(b => b.Calculations).ThenInclude(c => c.Totals).SingleAsync();
        Assert.Equal(2, batch.Rows.Count);
        Assert.Equal(calculation.ActivityDataHash.ToArray(), batch.ActivityDataHash);
        Assert.Equal(88_500, Assert.Single(batch.Calculations).TotalGrams); // 500 kWh x 0.177 = 88.5 kg
        Assert.Equal(import.Rows[0].Activity.ToCanonicalJson(), batch.Rows.OrderBy(r => r.LineNumber).First().CanonicalJson);
        Assert.Equal(88_500, (await db.EmissionsRecords.SingleAsync()).Grams);
        Assert.Equal(saved.Record!.Id, (await db.EmissionsRecords.SingleAsync()).Id);
    }

    [Fact]
    public async Task Nothing_is_stored_when_the_bills_do_not_tile_the_period()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var batches = NewBatchStore(database);
        var subject = await NewSubjectAsync(database, "account-1");
        var import = ImportElectricity("2025-02-01,2025-02-14,250,UK\n2025-02-18,2025-02-28,250,UK\n");

        var rejected = Assert.IsType<BatchSaveResult.Rejected>(await batches.SaveAsync(subject.Id, February, "feb.csv", import,
            CoreFixture.Calculator.Calculate(import.Activities), reserveRecord: true));

        Assert.Equal(["gap: no bill covers 2025-02-15 to 2025-02-17 (between line 2 ending 2025-02-14 and line 3 starting 2025-02-18)"], rejected.Reasons);
        await AssertNothingStoredAsync(database);
    }

    [Fact]
    public async Task Nothing_is_stored_when_the_reserved_record_would_overlap()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var records = new EmissionsRecordStore(database, FixedTimeProvider.Default);
        var batches = new ActivityBatchStore(database, records, FixedTimeProvider.Default);
        var subject = await NewSubjectAsync(database, "account-1");
        Assert.IsType<RecordInsertResult.Added>(await records.AddAsync(subject.Id, new DatePeriod(new DateOnly(2025, 2, 28), new DateOnly(2025, 3, 31)), 1));
        var import = ImportElectricity("2025-02-01,2025-02-28,500,UK\n");

        var rejected = Assert.IsType<BatchSaveResult.Rejected>(await batches.SaveAsync(subject.Id, February, "feb.csv", import,
            CoreFixture.Calculator.Calculate(import.Activities), reserveRecord: true));

        Assert.StartsWith("overlap: the new record (2025-02-01 to 2025-02-28)", Assert.Single(rejected.Reasons), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.ActivityBatches.CountAsync());
        Assert.Equal(0, await db.ActivityRows.CountAsync());
        Assert.Equal(0, await db.Calculations.CountAsync());
        Assert.Equal(1, await db.EmissionsRecords.CountAsync());
    }

    [Fact]
    public async Task Nothing_is_stored_when_the_database_write_fails_half_way()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var batches = NewBatchStore(database);
        var subject = await NewSubjectAsync(database, "account-1");
        var valid = ImportElectricity("2025-02-01,2025-02-14,250,UK\n2025-02-15,2025-02-28,250,UK\n");

        // Two rows claiming the same line break the (BatchId, LineNumber) unique index after the record was written.
        var broken = new ImportResult.Succeeded([valid.Rows[0], valid.Rows[1] with { Line = valid.Rows[0].Line }]);
        await Assert.ThrowsAsync<DbUpdateException>(() => batches.SaveAsync(subject.Id, February, "feb.csv", broken,
            CoreFixture.Calculator.Calculate(broken.Activities), reserveRecord: true));

        await AssertNothingStoredAsync(database);
    }

    [Fact]
    public async Task Subjects_are_unique_per_owner_and_key_and_owners_compare_case_insensitively()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var subjects = new SubjectStore(database, FixedTimeProvider.Default);

        var first = await subjects.GetOrCreateAsync("0xABCDEFabcdef0000000000000000000000000001", "ACME / travel", "ACME business travel");
        var second = await subjects.GetOrCreateAsync("0xabcdefabcdef0000000000000000000000000001", "ACME / travel", "ignored");

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("0xabcdefabcdef0000000000000000000000000001", second.OwnerAddress);
        Assert.Throws<ArgumentException>(() => SubjectStore.NormaliseAddress("0x123"));
        await using var db = database.CreateDbContext();
        db.Subjects.Add(new Subject { OwnerAddress = first.OwnerAddress, Key = first.Key, DisplayName = "duplicate" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static ImportResult.Succeeded ImportElectricity(string rows) =>
        Assert.IsType<ImportResult.Succeeded>(CoreFixture.CsvImporter().Import(ActivityKind.Electricity, "start_date,end_date,kwh,grid_region\n" + rows));

    private static ActivityBatchStore NewBatchStore(SqliteTestDatabase database) =>
        new(database, new EmissionsRecordStore(database, FixedTimeProvider.Default), FixedTimeProvider.Default);

    private static Task<Subject> NewSubjectAsync(SqliteTestDatabase database, string key) =>
        new SubjectStore(database, FixedTimeProvider.Default).GetOrCreateAsync(Owner, key, key);

    private static async Task AssertNothingStoredAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.ActivityBatches.CountAsync());
        Assert.Equal(0, await db.ActivityRows.CountAsync());
        Assert.Equal(0, await db.Calculations.CountAsync());
        Assert.Equal(0, await db.EmissionsRecords.CountAsync());
    }

    private static async Task<(int Sets, int Factors)> CountsAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return (await db.FactorSets.CountAsync(), await db.Factors.CountAsync());
    }

    private sealed record ColumnInfo(string Name, string Type);
}
