using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EmissionsDao.Core.Data;

/// <summary>
/// Runs SQLite in write-ahead-log mode with <c>synchronous=NORMAL</c>: a commit appends to the log and returns without
/// waiting for the disk (the default rollback journal waits for fsync on every commit), which keeps an insert with its
/// overlap check well under a millisecond. A power cut may lose the last commits, but never corrupts the database.
/// <c>journal_mode=WAL</c> is stored in the database file, so it is set by the first connection this instance opens
/// (the migration, at startup); <c>synchronous</c> belongs to the connection, so it is set on every open.
/// </summary>
internal sealed class SqliteWriteAheadLog : DbConnectionInterceptor
{
    private const string FirstConnection = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
    private const string EveryConnection = "PRAGMA synchronous=NORMAL;";

    private volatile bool _walSet;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
        _walSet = true;
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        _walSet = true;
    }

    private DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = _walSet ? EveryConnection : FirstConnection;
        return command;
    }
}
