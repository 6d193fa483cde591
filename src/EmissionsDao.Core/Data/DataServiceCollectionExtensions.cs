using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="DatabaseOptions"/> (<c>Database:Provider</c> Sqlite or PostgreSql, connection
    /// string "Emissions"; SQLite defaults to a file in the data directory), registers
    /// <see cref="EmissionsDbContext"/> on that provider, and applies pending migrations, then the registered
    /// seeders, before the portal serves. SQLite runs with a write-ahead log
    /// (<see cref="SqliteWriteAheadLog"/>).
    /// </summary>
    public static IHostApplicationBuilder AddEmissionsData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .Configure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
            {
                if (configuration[DatabaseOptions.ProviderKey] is { } providerName)
                {
                    options.Provider = providerName;
                }

                options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? "";
                if (string.IsNullOrWhiteSpace(options.ConnectionString) && DatabaseOptions.TryParseProvider(options.Provider, out var provider) && provider == DatabaseProvider.Sqlite)
                {
                    var dataDirectory = PortalDataDirectory.Resolve(configuration, environment);
                    options.ConnectionString = $"Data Source={Path.Combine(dataDirectory, "emissionsdao.db")}";
                }
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        builder.Services.AddDbContextFactory<EmissionsDbContext, EmissionsDbContextFactory>((services, options) =>
            UseProvider(options, services.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseMigrator>());
        builder.Services.AddSingleton<DatabaseStatusReader>();
        return builder;
    }

    /// <summary>Applies migrations and seeding now (once); the hosted service then has nothing left to do.</summary>
    /// <exception cref="OptionsValidationException">The "Database" options are invalid.</exception>
    /// <exception cref="DatabaseConfigurationException">The database cannot be opened as configured.</exception>
    public static Task MigrateEmissionsDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        _ = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        return services.GetRequiredService<DatabaseMigrator>().StartAsync(cancellationToken);
    }

    /// <summary>
    /// The provider switch for the EF options: each engine's settings go in its own branch below. (The other
    /// per-engine code: <see cref="RecordWriteTransaction"/>, <see cref="DatabaseConnectionProblem"/>.)
    /// </summary>
    internal static DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder options, DatabaseOptions database) => database.ProviderKind switch
    {
        DatabaseProvider.Sqlite => UseSqlite(options, database.ConnectionString),
        DatabaseProvider.PostgreSql => UsePostgreSql(options, database.ConnectionString),
        _ => throw new InvalidOperationException($"No configuration for {database.ProviderKind}"),
    };

    private static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(new SqliteWriteAheadLog());

    private static DbContextOptionsBuilder UsePostgreSql(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);
}
