using EmissionsDao.Core.Data;
using EmissionsDao.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Core.Tests.Data;

/// <summary>The data registration as the portal runs it: provider chosen by configuration, validated, migrated, seeded.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class DatabaseStartupTests(PostgreSqlServer server)
{
    public static TheoryData<string, string?, string> InvalidSettings => new()
    {
        { "Oracle", null, "Database:Provider is 'Oracle': use Sqlite or PostgreSql" },
        { "PostgreSql", null, "Database:Provider is PostgreSql but ConnectionStrings:Emissions is not set: e.g. Host=" },
        { "PostgreSql", "Hots=pg.internal;Password=hunter2", "ConnectionStrings:Emissions is not a PostgreSQL connection string (" },
        { "PostgreSql", "Database=emissionsdao;Username=portal;Password=hunter2", "ConnectionStrings:Emissions names no Host for PostgreSQL" },
        { "Sqlite", "Data Sauce=emissions.db;Password=hunter2", "ConnectionStrings:Emissions is not a SQLite connection string (" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task Invalid_settings_fail_at_start_naming_the_key(string provider, string? connectionString, string expected)
    {
        using var host = BuildHost(provider, connectionString);

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Services.MigrateEmissionsDatabaseAsync());

        Assert.StartsWith(expected, Assert.Single(exception.Failures), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provider_names_are_case_insensitive_and_sqlite_is_the_default()
    {
        using var sqlite = BuildHost(provider: null, connectionString: null);
        using var postgres = BuildHost("postgresql", "Host=db.example.org;Database=emissionsdao");

        var defaults = sqlite.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        Assert.Equal(DatabaseProvider.Sqlite, defaults.ProviderKind);
        Assert.Equal($"Data Source={Path.Combine(Path.GetTempPath(), "emissionsdao-data-tests", "emissionsdao.db")}", defaults.ConnectionString);
        Assert.Equal(DatabaseProvider.PostgreSql, postgres.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ProviderKind);
    }

    [Fact]
    public async Task On_PostgreSql_the_portal_creates_the_database_migrates_and_seeds_once_across_restarts()
    {
        var connectionString = await server.UnusedDatabaseAsync();

        for (var start = 1; start <= 2; start++)
        {
            using var host = BuildHost("PostgreSql", connectionString);
            await host.Services.MigrateEmissionsDatabaseAsync();

            var status = await host.Services.GetRequiredService<DatabaseStatusReader>().ReadAsync();
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<EmissionsDbContext>>().CreateDbContextAsync();
            Assert.IsType<PostgreSqlEmissionsDbContext>(db);
            Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", status.Provider);
            Assert.Equal(db.Database.GetMigrations(), status.AppliedMigrations);
            Assert.Empty(status.PendingMigrations);
            Assert.Equal(4, await db.FactorSets.CountAsync());
            Assert.Equal((2 * 2616) + 28 + 209, await db.Factors.CountAsync());
        }
    }

    [Fact]
    public async Task An_unreachable_PostgreSql_server_is_one_line_that_names_it()
    {
        using var host = BuildHost("PostgreSql", "Host=127.0.0.1;Port=9;Database=emissionsdao;Username=portal;Password=secret;Timeout=5");

        var exception = await Assert.ThrowsAsync<DatabaseConfigurationException>(() => host.Services.MigrateEmissionsDatabaseAsync());

        Assert.StartsWith("the PostgreSQL server 127.0.0.1:9 (database emissionsdao) cannot be reached (", exception.Message, StringComparison.Ordinal);
        Assert.EndsWith("): start it or check ConnectionStrings:Emissions", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', exception.Message);
    }

    [Fact]
    public async Task A_SQLite_file_that_cannot_be_opened_is_one_line_that_names_it()
    {
        var folder = Directory.CreateTempSubdirectory("emissionsdao-data-tests-").FullName;
        try
        {
            var file = Path.Combine(folder, "missing", "emissions.db");
            using var host = BuildHost("Sqlite", $"Data Source={file}");

            var exception = await Assert.ThrowsAsync<DatabaseConfigurationException>(() => host.Services.MigrateEmissionsDatabaseAsync());

            Assert.StartsWith($"the SQLite database {file} cannot be used (SQLite Error 14", exception.Message, StringComparison.Ordinal);
            Assert.EndsWith("check ConnectionStrings:Emissions or DataDirectory", exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IHost BuildHost(string? provider, string? connectionString)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [PortalDataDirectory.ConfigurationKey] = "emissionsdao-data-tests",
            [DatabaseOptions.ProviderKey] = provider,
            [DatabaseOptions.ConnectionStringKey] = connectionString,
        });
        builder.Services.AddLogging();
        builder.Services.AddEmissionsCore();
        builder.AddEmissionsData();
        return builder.Build();
    }
}
