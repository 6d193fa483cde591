using EmissionsDao.Core.Data.ChainIndex;
using EmissionsDao.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace EmissionsDao.Core.Data;

/// <summary>
/// What the chain does not hold (activity rows, documents, messages) and an index of chain events for fast pages.
/// The chain stays the source of truth for money, records, tokens, votes and reputation. On SQLite this type itself is
/// used (migrations in <c>Data/Migrations</c>); on PostgreSQL, <see cref="PostgreSqlEmissionsDbContext"/>.
/// </summary>
public class EmissionsDbContext : DbContext
{
    public EmissionsDbContext(DbContextOptions<EmissionsDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's derived context: same model, its own migrations.</summary>
    private protected EmissionsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ChainCheckpoint> ChainCheckpoints => Set<ChainCheckpoint>();

    public DbSet<Subject> Subjects => Set<Subject>();

    public DbSet<ActivityBatch> ActivityBatches => Set<ActivityBatch>();

    public DbSet<StoredActivityRow> ActivityRows => Set<StoredActivityRow>();

    public DbSet<StoredCalculation> Calculations => Set<StoredCalculation>();

    public DbSet<StoredFactorSet> FactorSets => Set<StoredFactorSet>();

    public DbSet<StoredFactor> Factors => Set<StoredFactor>();

    public DbSet<EmissionsRecord> EmissionsRecords => Set<EmissionsRecord>();

    public DbSet<PortalAuditRequest> AuditRequests => Set<PortalAuditRequest>();

    public DbSet<StoredDocument> Documents => Set<StoredDocument>();

    public DbSet<RequestMessage> RequestMessages => Set<RequestMessage>();

    public DbSet<SealedAuditorResult> SealedAuditorResults => Set<SealedAuditorResult>();

    public DbSet<IndexedChainEvent> ChainEvents => Set<IndexedChainEvent>();

    public DbSet<IndexedAuditRequest> ChainAuditRequests => Set<IndexedAuditRequest>();

    public DbSet<IndexedEmissionsRecord> ChainRecords => Set<IndexedEmissionsRecord>();

    public DbSet<IndexedEmissionsToken> ChainTokens => Set<IndexedEmissionsToken>();

    public DbSet<TreasuryFlow> ChainTreasuryFlows => Set<TreasuryFlow>();

    public DbSet<IndexedProposal> ChainProposals => Set<IndexedProposal>();

    public DbSet<IndexedAuditor> ChainAuditors => Set<IndexedAuditor>();

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EmissionsDbContext).Assembly);
}
