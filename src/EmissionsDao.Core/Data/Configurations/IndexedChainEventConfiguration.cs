using EmissionsDao.Core.Data.ChainIndex;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class IndexedChainEventConfiguration : IEntityTypeConfiguration<IndexedChainEvent>
{
    public void Configure(EntityTypeBuilder<IndexedChainEvent> builder)
    {
        builder.ToTable("ChainEvents");
        builder.Property(e => e.TransactionHash).HasMaxLength(66);
        builder.Property(e => e.Contract).HasMaxLength(32);
        builder.Property(e => e.EventName).HasMaxLength(48);
        builder.Property(e => e.Account).HasMaxLength(42);

        // A log is identified by its position: replaying a block finds every event already stored.
        builder.HasIndex(e => new { e.BlockNumber, e.LogIndex }).IsUnique();
        builder.HasIndex(e => e.RequestId);
        builder.HasIndex(e => new { e.EventName, e.BlockNumber });
    }
}
