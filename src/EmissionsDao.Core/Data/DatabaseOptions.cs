using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EmissionsDao.Core.Data;

/// <summary>The database engines the portal runs on, each with its own migrations.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: a file in the data directory.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server named by the connection string.</summary>
    PostgreSql,
}

/// <summary>
/// <c>Database:Provider</c> (<see cref="DatabaseProvider"/>, default Sqlite) and the connection string
/// <c>ConnectionStrings:Emissions</c> (for SQLite, default a file in the data directory; required for PostgreSQL).
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ProviderKey = $"{SectionName}:Provider";
    public const string ConnectionStringName = "Emissions";
    public const string ConnectionStringKey = $"ConnectionStrings:{ConnectionStringName}";

    /// <summary>As configured; anything but a <see cref="DatabaseProvider"/> name (any case) fails validation.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    public string ConnectionString { get; set; } = "";

    /// <summary>The configured provider; valid once the options have passed validation.</summary>
    public DatabaseProvider ProviderKind => TryParseProvider(Provider, out var provider)
        ? provider
        : throw new InvalidOperationException($"{ProviderKey} '{Provider}' was not validated");

    internal static bool TryParseProvider(string? name, out DatabaseProvider provider)
    {
        provider = default;
        var match = Enum.GetNames<DatabaseProvider>().FirstOrDefault(n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return match is not null && Enum.TryParse(match, out provider);
    }
}

/// <summary>Checks the provider name and the connection string's syntax; each failure names the key to set.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!DatabaseOptions.TryParseProvider(options.Provider, out var provider))
        {
            return ValidateOptionsResult.Fail(
                $"{DatabaseOptions.ProviderKey} is '{options.Provider}': use {string.Join(" or ", Enum.GetNames<DatabaseProvider>())}");
        }

        return provider switch
        {
            DatabaseProvider.Sqlite => ValidateSqlite(options.ConnectionString),
            DatabaseProvider.PostgreSql => ValidatePostgreSql(options.ConnectionString),
            _ => throw new InvalidOperationException($"No validation for {provider}"),
        };
    }

    private static ValidateOptionsResult ValidateSqlite(string connectionString)
    {
        try
        {
            _ = new SqliteConnectionStringBuilder(connectionString);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail($"{DatabaseOptions.ConnectionStringKey} is not a SQLite connection string ({exception.Message}): e.g. Data Source=/var/lib/emissionsdao/emissionsdao.db");
        }
    }

    private static ValidateOptionsResult ValidatePostgreSql(string connectionString)
    {
        const string Example = "e.g. Host=db.example.org;Database=emissionsdao;Username=emissionsdao;Password=...";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail($"{DatabaseOptions.ProviderKey} is PostgreSql but {DatabaseOptions.ConnectionStringKey} is not set: {Example}");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidCastException)
        {
            // The message names the keyword, never the value (which may be the password).
            return ValidateOptionsResult.Fail($"{DatabaseOptions.ConnectionStringKey} is not a PostgreSQL connection string ({exception.Message}): {Example}");
        }

        return string.IsNullOrWhiteSpace(builder.Host)
            ? ValidateOptionsResult.Fail($"{DatabaseOptions.ConnectionStringKey} names no Host for PostgreSQL: {Example}")
            : ValidateOptionsResult.Success;
    }
}
