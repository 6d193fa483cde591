using EmissionsDao.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Core.Tests.Support;

/// <summary>
/// A real database, new for one test and migrated with MigrateAsync: a SQLite file in a fresh temp folder (deleted on
/// dispose), or a new database on the test run's <see cref="PostgreSqlServer"/>. Configured through the portal's own
/// provider switch, so each provider runs its own migrations.
/// </summary>
internal sealed class TestDatabase : IDbContextFactory<EmissionsDbContext>, IAsyncDisposable
{
    private readonly string? _folder;
    private readonly EmissionsDbContextFactory _factory;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder)
    {
        _folder = folder;
        Provider = provider;
        ConnectionString = connectionString;
        var options = new DatabaseOptions { Provider = provider.ToString(), ConnectionString = connectionString };
        var builder = new DbContextOptionsBuilder<EmissionsDbContext>();
        DataServiceCollectionExtensions.UseProvider(builder, options);
        Options = builder.Options;
        _factory = new EmissionsDbContextFactory(Options, Microsoft.Extensions.Options.Options.Create(options));
    }

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public DbContextOptions<EmissionsDbContext> Options { get; }

    /// <summary>A migrated SQLite database.</summary>
    public static Task<TestDatabase> CreateAsync() => CreateAsync(DatabaseProvider.Sqlite, null);

    /// <summary>A migrated database on <paramref name="provider"/>; PostgreSQL needs the run's <paramref name="server"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, PostgreSqlServer? server, bool migrate = true)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "emissionsdao-core-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            database = new TestDatabase(provider, $"Data Source={Path.Combine(folder, "emissions.db")};Pooling=False", folder);
        }
        else
        {
            ArgumentNullException.ThrowIfNull(server);
            database = new TestDatabase(provider, await server.CreateDatabaseAsync(), null);
        }

        if (migrate)
        {
            await using var db = database.CreateDbContext();
            await db.Database.MigrateAsync();
        }

        return database;
    }

    public EmissionsDbContext CreateDbContext() => _factory.CreateDbContext();

    /// <summary>Column names and declared types of <paramref name="table"/>, as the engine reports them.</summary>
    public async Task<IReadOnlyList<ColumnInfo>> ColumnsAsync(string table)
    {
        await using var db = CreateDbContext();
        var query = Provider == DatabaseProvider.Sqlite
            ? db.Database.SqlQuery<ColumnInfo>($"SELECT name AS Name, type AS Type FROM pragma_table_info({table})")
            : db.Database.SqlQuery<ColumnInfo>($"SELECT column_name::text AS \"Name\", data_type::text AS \"Type\" FROM information_schema.columns WHERE table_name = {table}");
        return await query.ToListAsync();
    }

    public ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }

        return ValueTask.CompletedTask;
    }

    public sealed record ColumnInfo(string Name, string Type);
}
