namespace EmissionsDao.Core.Data;

/// <summary>Runs after migrations at every start; must be idempotent.</summary>
public interface IDatabaseSeeder
{
    Task SeedAsync(EmissionsDbContext db, CancellationToken cancellationToken);
}
