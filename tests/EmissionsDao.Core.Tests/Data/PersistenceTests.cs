using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Data;
using EmissionsDao.Core.Import;
using EmissionsDao.Core.Periods;
using EmissionsDao.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EmissionsDao.Core.Tests.Data;

/// <summary>The stores and migrations against each provider: a SQLite file, and a database on a real PostgreSQL server.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PersistenceTests(PostgreSqlServer server)
{
    private const string Owner = "0x1111111111111111111111111111111111111111";
    private static readonly DatePeriod February = new(new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 28));

    private static readonly (string Start, string End)[] OverlapShapeList =
    [
        ("2025-02-01", "2025-02-28"), // identical
        ("2025-02-10", "2025-02-20"), // contained
        ("2025-01-15", "2025-03-15"), // containing
        ("2025-02-28", "2025-03-31"), // touching the existing end day (inclusive)
        ("2025-01-01", "2025-02-01"), // touching the existing start day (inclusive)
        ("2025-01-20", "2025-02-10"), // partial, before
        ("2025-02-20", "2025-03-10"), // partial, after
        ("2025-02-01", "2025-02-01"), // one day, first day
        ("2025-02-28", "2025-02-28"), // one day, last day
    ];

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrations_apply_to_an_empty_database_and_match_the_model(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server, migrate: false);
        await using var db = database.CreateDbContext();
        var migrations = db.Database.GetMigrations().ToList();

        await db.Database.MigrateAsync();

        Assert.NotEmpty(migrations);
        Assert.Equal(migrations, await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} migrations lag the model: add the migration for every provider (src/EmissionsDao.Core/README.md, Database).");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrations_store_dates_as_integer_day_numbers(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        await using var db = database.CreateDbContext();

        var columns = await database.ColumnsAsync("EmissionsRecords");
        var start = new DateOnly(2025, 2, 1);
        var sql = db.EmissionsRecords.Where(r => r.SubjectId == 1 && r.StartDate <= start).OrderByDescending(r => r.StartDate).ToQueryString();

        Assert.Equal("integer", columns.Single(c => c.Name == "StartDay").Type, ignoreCase: true);
        Assert.Equal("integer", columns.Single(c => c.Name == "EndDay").Type, ignoreCase: true);
        Assert.Contains("\"StartDay\" <= @", sql, StringComparison.Ordinal);
        Assert.Contains(start.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), sql, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-02-01", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Seeding_twice_changes_nothing_and_stored_sets_keep_their_hash(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);

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

    public static TheoryData<DatabaseProvider, string, string> OverlapShapes()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in Providers)
        {
            foreach (var (start, end) in OverlapShapeList)
            {
                data.Add(provider, start, end);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OverlapShapes))]
    public async Task Record_store_rejects_every_overlap_shape(DatabaseProvider provider, string start, string end)
    {
        await using var database = await NewDatabaseAsync(provider);
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

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Record_store_names_the_shared_days(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var store = new EmissionsRecordStore(database, FixedTimeProvider.Default);
        var subject = await NewSubjectAsync(database, "account-1");
        var existing = Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(subject.Id, February, 1000)).Record;

        var rejected = Assert.IsType<RecordInsertResult.Rejected>(
            await store.AddAsync(subject.Id, new DatePeriod(new DateOnly(2025, 2, 28), new DateOnly(2025, 3, 31)), 500));

        Assert.Equal($"overlap: the new record (2025-02-28 to 2025-03-31) and record {existing.Id} (2025-02-01 to 2025-02-28) of this subject both cover 2025-02-28; " +
                     "records of one subject may not overlap (dates are inclusive)", rejected.Reason);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Record_store_accepts_adjacent_periods_and_other_subjects(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var store = new EmissionsRecordStore(database, FixedTimeProvider.Default);
        var subject = await NewSubjectAsync(database, "account-1");
        var other = await NewSubjectAsync(database, "account-2");

        Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(subject.Id, February, 1000));
        Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(subject.Id, new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)), 1000));
        Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(subject.Id, new DatePeriod(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)), 1000));
        Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(other.Id, February, 1000));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Removing_a_pending_record_frees_its_period_but_an_issued_one_stays(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var store = new EmissionsRecordStore(database, FixedTimeProvider.Default);
        var subject = await NewSubjectAsync(database, "account-1");
        var pending = Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(subject.Id, February, 1000)).Record;

        Assert.True(await store.RemovePendingAsync(pending.Id));
        var again = Assert.IsType<RecordInsertResult.Added>(await store.AddAsync(subject.Id, February, 900)).Record;
        Assert.True(await store.MarkIssuedAsync(again.Id, "42"));
        Assert.False(await store.RemovePendingAsync(again.Id));
        Assert.IsType<RecordInsertResult.Rejected>(await store.AddAsync(subject.Id, February, 900));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Database_neighbour_check_agrees_with_brute_force_over_random_inserts(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
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

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Concurrent_overlapping_writers_of_one_subject_store_exactly_one_record(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var store = new EmissionsRecordStore(database, FixedTimeProvider.Default);
        var subject = await NewSubjectAsync(database, "account-1");

        // Different start days, so the unique (SubjectId, StartDay) index cannot be what stops them: only the check can.
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(day =>
            Task.Run(() => store.AddAsync(subject.Id, new DatePeriod(February.Start.AddDays(day), February.End.AddDays(day)), 1))));

        Assert.Single(results.OfType<RecordInsertResult.Added>());
        Assert.Equal(7, results.OfType<RecordInsertResult.Rejected>().Count());
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.EmissionsRecords.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_batch_is_saved_whole_with_its_rows_calculation_and_record(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
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

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_saved_batch_loads_back_with_exact_decimals(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var batches = NewBatchStore(database);
        var subject = await NewSubjectAsync(database, "account-1");
        var import = Assert.IsType<ImportResult.Succeeded>(CoreFixture.JsonImporter().Import("""
            [
              {"kind": "electricity", "start_date": "2025-02-01", "end_date": "2025-02-14", "kwh": "1234.5678901234567890123", "grid_region": "UK"},
              {"kind": "electricity", "start_date": "2025-02-15", "end_date": "2025-02-28", "kwh": "0.000000001", "grid_region": "UK"},
              {"kind": "road_fuel", "date": "2025-02-10", "litres": "45.50", "fuel": "diesel"},
              {"kind": "other", "date": "2025-02-20", "description": "Refrigerant top-up", "kg_co2e": "7922816251426.4337593543950335"}
            ]
            """));
        var calculation = CoreFixture.Calculator.Calculate(import.Activities);

        Assert.IsType<BatchSaveResult.Saved>(await batches.SaveAsync(subject.Id, February, "feb.json", import, calculation, reserveRecord: false));

        await using var db = database.CreateDbContext();
        var batch = await db.ActivityBatches.Include(b => b.Rows).Include(b => b.Calculations).SingleAsync();
        var rows = batch.Rows.OrderBy(r => r.LineNumber).ToList();
        Assert.Equal(import.Rows.Select(r => r.Activity.ToCanonicalJson()), rows.Select(r => r.CanonicalJson));
        var reloaded = Assert.IsType<ImportResult.Succeeded>(CoreFixture.JsonImporter().Import($"[{string.Join(',', rows.Select(r => r.CanonicalJson))}]"));
        Assert.Equal(import.Activities, reloaded.Activities);
        var recalculated = CoreFixture.Calculator.Calculate(reloaded.Activities);
        Assert.Equal(calculation.ActivityDataHash, recalculated.ActivityDataHash);
        Assert.Equal(calculation.ActivityDataHash.ToArray(), batch.ActivityDataHash);
        Assert.Equal(calculation.TotalGrams, recalculated.TotalGrams);
        Assert.Equal(calculation.TotalGrams, Assert.Single(batch.Calculations).TotalGrams);
        Assert.Equal(rows.Select(r => r.Grams), calculation.Rows.Select(r => EmissionsUnits.ToGrams(r.KgCo2e)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Nothing_is_stored_when_the_bills_do_not_tile_the_period(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var batches = NewBatchStore(database);
        var subject = await NewSubjectAsync(database, "account-1");
        var import = ImportElectricity("2025-02-01,2025-02-14,250,UK\n2025-02-18,2025-02-28,250,UK\n");

        var rejected = Assert.IsType<BatchSaveResult.Rejected>(await batches.SaveAsync(subject.Id, February, "feb.csv", import,
            CoreFixture.Calculator.Calculate(import.Activities), reserveRecord: true));

        Assert.Equal(["gap: no bill covers 2025-02-15 to 2025-02-17 (between line 2 ending 2025-02-14 and line 3 starting 2025-02-18)"], rejected.Reasons);
        await AssertNothingStoredAsync(database);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Nothing_is_stored_when_the_reserved_record_would_overlap(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
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

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Nothing_is_stored_when_the_database_write_fails_half_way(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var batches = NewBatchStore(database);
        var subject = await NewSubjectAsync(database, "account-1");
        var valid = ImportElectricity("2025-02-01,2025-02-14,250,UK\n2025-02-15,2025-02-28,250,UK\n");

        // Two rows claiming the same line break the (BatchId, LineNumber) unique index after the record was written.
        var broken = new ImportResult.Succeeded([valid.Rows[0], valid.Rows[1] with { Line = valid.Rows[0].Line }]);
        await Assert.ThrowsAsync<DbUpdateException>(() => batches.SaveAsync(subject.Id, February, "feb.csv", broken,
            CoreFixture.Calculator.Calculate(broken.Activities), reserveRecord: true));

        await AssertNothingStoredAsync(database);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Subjects_are_unique_per_owner_and_key_and_owners_compare_case_insensitively(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
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

    private static ActivityBatchStore NewBatchStore(TestDatabase database) =>
        new(database, new EmissionsRecordStore(database, FixedTimeProvider.Default), FixedTimeProvider.Default);

    private Task<TestDatabase> NewDatabaseAsync(DatabaseProvider provider) => TestDatabase.CreateAsync(provider, server);

    private static Task<Subject> NewSubjectAsync(TestDatabase database, string key) =>
        new SubjectStore(database, FixedTimeProvider.Default).GetOrCreateAsync(Owner, key, key);

    private static async Task AssertNothingStoredAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.ActivityBatches.CountAsync());
        Assert.Equal(0, await db.ActivityRows.CountAsync());
        Assert.Equal(0, await db.Calculations.CountAsync());
        Assert.Equal(0, await db.EmissionsRecords.CountAsync());
    }

    private static async Task<(int Sets, int Factors)> CountsAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return (await db.FactorSets.CountAsync(), await db.Factors.CountAsync());
    }
}
