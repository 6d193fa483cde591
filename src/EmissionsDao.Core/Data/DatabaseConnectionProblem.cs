using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace EmissionsDao.Core.Data;

/// <summary>
/// Tells a database that cannot be used as configured (unreachable, login refused, file not openable) from a bug,
/// per provider, and says it in one line without the connection string's secrets.
/// </summary>
internal static class DatabaseConnectionProblem
{
    /// <summary>The operator-facing line for <paramref name="exception"/>, or null when it is not a configuration problem.</summary>
    public static string? Describe(Exception exception, DbConnection connection) => exception switch
    {
        // SQLITE_CANTOPEN (14), SQLITE_READONLY (8), SQLITE_NOTADB (26), SQLITE_PERM (3), SQLITE_AUTH (23).
        SqliteException { SqliteErrorCode: 14 or 8 or 26 or 3 or 23 } sqlite =>
            $"the SQLite database {connection.DataSource} cannot be used ({sqlite.Message}): check {DatabaseOptions.ConnectionStringKey} or DataDirectory",
        PostgresException postgres when IsConfigurationState(postgres.SqlState) =>
            $"the PostgreSQL server {Describe(connection)} refused ({postgres.SqlState}: {postgres.MessageText}): check {DatabaseOptions.ConnectionStringKey}",
        NpgsqlException { InnerException: not PostgresException } npgsql when npgsql is not PostgresException =>
            $"the PostgreSQL server {Describe(connection)} cannot be reached ({npgsql.InnerException?.Message ?? npgsql.Message}): start it or check {DatabaseOptions.ConnectionStringKey}",
        AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerExceptions[0], connection),
        _ => null,
    };

    // 28xxx invalid authorization, 3D000 no such database (and not allowed to create it), 42501 not allowed
    // (e.g. CREATE DATABASE), 08xxx connection exceptions, 53300 too many connections, 57P03 cannot connect now.
    private static bool IsConfigurationState(string state) =>
        state.StartsWith("28", StringComparison.Ordinal) || state.StartsWith("08", StringComparison.Ordinal) ||
        state is "3D000" or "42501" or "53300" or "57P03";

    private static string Describe(DbConnection connection)
    {
        var settings = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        return $"{settings.Host}:{settings.Port} (database {settings.Database})";
    }
}
