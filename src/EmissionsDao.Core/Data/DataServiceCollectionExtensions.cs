using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EmissionsDao.Core.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Emissions";

    /// <summary>
    /// Registers <see cref="EmissionsDbContext"/> on SQLite (connection string "Emissions", default a file in the
    /// data directory; write-ahead log, see <see cref="SqliteWriteAheadLog"/>) and applies pending migrations, then the
    /// registered seeders, before the portal serves.
    /// </summary>
    public static IHostApplicationBuilder AddEmissionsData(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var dataDirectory = PortalDataDirectory.Resolve(builder.Configuration, builder.Environment);
            connectionString = $"Data Source={Path.Combine(dataDirectory, "emissionsdao.db")}";
        }

        var writeAheadLog = new SqliteWriteAheadLog();
        builder.Services.AddDbContextFactory<EmissionsDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(writeAheadLog));
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseMigrator>());
        builder.Services.AddSingleton<DatabaseStatusReader>();
        return builder;
    }

    /// <summary>Applies migrations and seeding now (once); the hosted service then has nothing left to do.</summary>
    public static Task MigrateEmissionsDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<DatabaseMigrator>().StartAsync(cancellationToken);
}
