using Microsoft.EntityFrameworkCore;

namespace EmissionsDao.Core.Data;

/// <summary>
/// What the chain does not hold (activity rows, documents, messages) and an index of chain events for fast pages.
/// The chain stays the source of truth for money, records, tokens, votes and reputation.
/// </summary>
public sealed class EmissionsDbContext(DbContextOptions<EmissionsDbContext> options) : DbContext(options)
{
    public DbSet<ChainCheckpoint> ChainCheckpoints => Set<ChainCheckpoint>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EmissionsDbContext).Assembly);
}
