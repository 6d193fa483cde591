using Microsoft.EntityFrameworkCore;

namespace EmissionsDao.Core.Data;

public sealed record DatabaseStatus(string Provider, string DataSource, IReadOnlyList<string> AppliedMigrations, IReadOnlyList<string> PendingMigrations);

/// <summary>Reads what the status page shows about the database.</summary>
public sealed class DatabaseStatusReader(IDbContextFactory<EmissionsDbContext> contextFactory)
{
    public async Task<DatabaseStatus> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        return new DatabaseStatus(
            db.Database.ProviderName ?? "unknown",
            connection.DataSource,
            [.. await db.Database.GetAppliedMigrationsAsync(cancellationToken)],
            [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)]);
    }
}
