using System.Data.Common;
using EmissionsDao.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EmissionsDao.Core.Tests.Data;

public sealed class SqliteWriteAheadLogTests
{
    [Fact]
    public async Task The_registered_sqlite_database_uses_the_write_ahead_log_with_synchronous_normal()
    {
        var folder = Path.Combine(Path.GetTempPath(), "emissionsdao-core-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "emissions.db");
        try
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Configuration[$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = $"Data Source={file}";
            builder.AddEmissionsData();
            using var host = builder.Build();
            await host.Services.MigrateEmissionsDatabaseAsync();

            await using var db = await host.Services.GetRequiredService<IDbContextFactory<EmissionsDbContext>>().CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            Assert.Equal("wal", await PragmaAsync(db.Database.GetDbConnection(), "journal_mode"));
            Assert.Equal("1", await PragmaAsync(db.Database.GetDbConnection(), "synchronous"));

            // The journal mode is kept in the file; synchronous is per connection (SQLite's default is FULL, 2).
            await using var plain = new SqliteConnection($"Data Source={file};Pooling=False");
            await plain.OpenAsync();
            Assert.Equal("wal", await PragmaAsync(plain, "journal_mode"));
            Assert.Equal("2", await PragmaAsync(plain, "synchronous"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string?> PragmaAsync(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
