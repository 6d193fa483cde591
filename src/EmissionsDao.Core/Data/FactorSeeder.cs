using EmissionsDao.Core.Factors;
using Microsoft.EntityFrameworkCore;

namespace EmissionsDao.Core.Data;

/// <summary>
/// Stores the shipped factor sets, each once, keyed by content hash: running it again, or after an upgrade that ships
/// a new set, adds only the sets whose hash is not stored yet and never changes stored ones (an audit may pin them).
/// </summary>
public sealed class FactorSeeder(FactorLibrary library, TimeProvider timeProvider) : IDatabaseSeeder
{
    /// <summary>Seeds <see cref="FactorLibrary.Shipped"/>.</summary>
    /// <returns>The number of sets added (0 when all were already there).</returns>
    public static Task<int> SeedAsync(EmissionsDbContext db, CancellationToken cancellationToken = default) =>
        SeedAsync(db, FactorLibrary.Shipped, TimeProvider.System, cancellationToken);

    public static async Task<int> SeedAsync(EmissionsDbContext db, FactorLibrary library, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(library);
        var stored = await db.FactorSets.AsNoTracking().Select(s => s.ContentHash).ToListAsync(cancellationToken);
        var missing = library.Sets.Where(set => !stored.Any(hash => set.ContentHash.Bytes.SequenceEqual(hash))).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var set in missing)
        {
            db.FactorSets.Add(new StoredFactorSet
            {
                Key = set.Key,
                Version = set.Version,
                Publisher = set.Publisher,
                Dataset = set.Dataset,
                Year = set.Year,
                Licence = set.Licence,
                Attribution = set.Attribution,
                ContentHash = set.ContentHash.ToArray(),
                FactorCount = set.Factors.Count,
                SeededUtc = now,
                Factors = set.Factors.Select(f => new StoredFactor
                {
                    PublisherRowId = f.PublisherRowId,
                    Year = f.Year,
                    Category = f.Category,
                    ActivityUnit = f.ActivityUnit,
                    EmissionUnit = f.EmissionUnit,
                    Value = f.Value,
                }).ToList(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return missing.Count;
    }

    Task IDatabaseSeeder.SeedAsync(EmissionsDbContext db, CancellationToken cancellationToken) =>
        SeedAsync(db, library, timeProvider, cancellationToken);
}
