using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EmissionsDao.Core.Data;

/// <summary>Applies migrations and idempotent seeding before the portal starts serving.</summary>
internal sealed class DatabaseMigrator(
    IDbContextFactory<EmissionsDbContext> contextFactory,
    IServiceProvider services,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    private readonly Lock _gate = new();
    private Task? _migration;

    /// <summary>Runs once, however many callers: the host, or the portal's startup running it beside the chain's.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _migration ??= MigrateAsync(cancellationToken);
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        List<string> pending;
        try
        {
            pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception exception) when (DatabaseConnectionProblem.Describe(exception, db.Database.GetDbConnection()) is { } problem)
        {
            throw new DatabaseConfigurationException(problem, exception);
        }

        foreach (var seeder in services.GetServices<IDatabaseSeeder>())
        {
            await seeder.SeedAsync(db, cancellationToken);
        }

        logger.LogInformation("Database ready: {Count} migration(s) applied in {Elapsed} ms", pending.Count, stopwatch.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
