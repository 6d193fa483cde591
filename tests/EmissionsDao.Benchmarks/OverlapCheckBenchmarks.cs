using BenchmarkDotNet.Attributes;
using EmissionsDao.Core.Data;
using EmissionsDao.Core.Periods;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EmissionsDao.Benchmarks;

/// <summary>
/// The per-insert overlap check against one subject that already has 1,000,000 records, on a SQLite file set up
/// exactly as the portal registers it (<see cref="DataServiceCollectionExtensions.AddEmissionsData"/>: migrations,
/// write-ahead log, synchronous=NORMAL). Records are one day long on even day numbers, so odd days are free.
/// Target: under 1 ms per insert.
/// </summary>
public class OverlapCheckBenchmarks
{
    private const int ExistingRecords = 1_000_000;

    private string _folder = string.Empty;
    private IHost _host = null!;
    private EmissionsDbContext _db = null!;
    private EmissionsRecordStore _store = null!;
    private long _subjectId;
    private int _nextFreeDay;
    private Random _random = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "emissionsdao-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var connectionString = $"Data Source={Path.Combine(_folder, "records.db")}";
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration[$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = connectionString;
        builder.AddEmissionsData();
        _host = builder.Build();
        _host.Services.MigrateEmissionsDatabaseAsync().GetAwaiter().GetResult();
        var contexts = _host.Services.GetRequiredService<IDbContextFactory<EmissionsDbContext>>();
        using (var db = contexts.CreateDbContext())
        {
            var subject = new Subject { OwnerAddress = "0x" + new string('1', 40), Key = "bench", DisplayName = "bench", CreatedUtc = DateTime.UtcNow };
            db.Subjects.Add(subject);
            db.SaveChanges();
            _subjectId = subject.Id;
        }

        SeedRecords(connectionString, _subjectId);
        _db = contexts.CreateDbContext();

        // AddAsync runs both look-ups on one open connection inside its transaction; do the same for the check alone.
        _db.Database.OpenConnection();
        _store = new EmissionsRecordStore(contexts, TimeProvider.System);
        _nextFreeDay = ExistingRecords - 1; // odd, in the middle of the existing records
        _random = new Random(1);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _db.Dispose();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "neighbour check only, free day (2 index seeks)")]
    public async Task<bool> FindOverlapFree()
    {
        var day = (2 * _random.Next(0, ExistingRecords)) + 1;
        return await EmissionsRecordStore.FindOverlapAsync(_db, _subjectId, DatePeriod.SingleDay(DateOnly.FromDayNumber(day))) is null;
    }

    [Benchmark(Description = "neighbour check only, overlapping (seek + load the record)")]
    public async Task<bool> FindOverlapTaken()
    {
        var day = 2 * _random.Next(0, ExistingRecords);
        return await EmissionsRecordStore.FindOverlapAsync(_db, _subjectId, DatePeriod.SingleDay(DateOnly.FromDayNumber(day))) is not null;
    }

    [Benchmark(Description = "AddAsync rejected (transaction + check)")]
    public async Task<bool> AddRejected()
    {
        var day = 2 * _random.Next(0, ExistingRecords);
        var result = await _store.AddAsync(_subjectId, new DatePeriod(DateOnly.FromDayNumber(day), DateOnly.FromDayNumber(day + 1)), 1);
        return result is RecordInsertResult.Rejected;
    }

    [Benchmark(Description = "AddAsync accepted (transaction + check + insert + commit)")]
    public async Task<bool> AddAccepted()
    {
        var day = _nextFreeDay;
        _nextFreeDay += 2;
        var result = await _store.AddAsync(_subjectId, DatePeriod.SingleDay(DateOnly.FromDayNumber(day)), 1);
        return result is RecordInsertResult.Added;
    }

    private static void SeedRecords(string connectionString, long subjectId)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO EmissionsRecords (SubjectId, StartDay, EndDay, Grams, Status, CreatedUtc) VALUES ($subject, $day, $day, 1000, 'Issued', '2026-01-01 00:00:00')";
        var subject = insert.Parameters.Add("$subject", SqliteType.Integer);
        var day = insert.Parameters.Add("$day", SqliteType.Integer);
        subject.Value = subjectId;
        insert.Prepare();
        for (var i = 0; i < ExistingRecords; i++)
        {
            day.Value = 2 * i;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
