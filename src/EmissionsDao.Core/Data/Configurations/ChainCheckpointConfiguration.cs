using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class ChainCheckpointConfiguration : IEntityTypeConfiguration<ChainCheckpoint>
{
    public void Configure(EntityTypeBuilder<ChainCheckpoint> builder)
    {
        builder.HasKey(c => c.Stream);
        builder.Property(c => c.Stream).HasMaxLength(64);
        builder.Property(c => c.LastProcessedBlockHash).HasMaxLength(66);
    }
}
