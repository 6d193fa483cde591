using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace EmissionsDao.Core.Data;

/// <summary>
/// The transaction in which a subject's emissions records are checked for overlap and written, so that two writers
/// for one subject run one after the other and the second sees the first's record. Per provider:
/// SQLite: serializable, which Microsoft.Data.Sqlite begins as BEGIN IMMEDIATE: the database's write lock first.
/// PostgreSQL: serializable would abort one of two racing writers (40001) rather than make it wait, so read committed
/// plus a transaction-scoped advisory lock on the subject id: each statement after the lock sees what the previous
/// writer committed. The unique (SubjectId, StartDay) index stays the last guard on both.
/// </summary>
internal static class RecordWriteTransaction
{
    public static Task<IDbContextTransaction> BeginAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        database.BeginTransactionAsync(database.IsNpgsql() ? IsolationLevel.ReadCommitted : IsolationLevel.Serializable, cancellationToken);

    /// <summary>Waits for the subject's other record writers to finish (PostgreSQL; on SQLite the transaction holds the write lock already).</summary>
    public static async Task LockSubjectAsync(DatabaseFacade database, long subjectId, CancellationToken cancellationToken)
    {
        if (database.IsNpgsql())
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({subjectId})", cancellationToken);
        }
    }
}
