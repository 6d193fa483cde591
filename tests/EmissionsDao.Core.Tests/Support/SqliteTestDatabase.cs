using EmissionsDao.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EmissionsDao.Core.Tests.Support;

/// <summary>A real SQLite file in a fresh temp folder, migrated with MigrateAsync; deleted on dispose.</summary>
internal sealed class SqliteTestDatabase : IDbContextFactory<EmissionsDbContext>, IAsyncDisposable
{
    private readonly string _folder;

    private SqliteTestDatabase(string folder)
    {
        _folder = folder;
        ConnectionString = $"Data Source={Path.Combine(folder, "emissions.db")};Pooling=False";
        Options = new DbContextOptionsBuilder<EmissionsDbContext>().UseSqlite(ConnectionString).Options;
    }

    public string ConnectionString { get; }

    public DbContextOptions<EmissionsDbContext> Options { get; }

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "emissionsdao-core-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new SqliteTestDatabase(folder);
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public EmissionsDbContext CreateDbContext() => new(Options);

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }

        return ValueTask.CompletedTask;
    }
}
