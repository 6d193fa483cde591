using EmissionsDao.Core.Data.ChainIndex;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class TreasuryFlowConfiguration : IEntityTypeConfiguration<TreasuryFlow>
{
    public void Configure(EntityTypeBuilder<TreasuryFlow> builder)
    {
        builder.ToTable("ChainTreasuryFlows");
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Token).HasMaxLength(42);
        builder.Property(f => f.Account).HasMaxLength(42);
        builder.Property(f => f.Amount).HasMaxLength(78);
        builder.HasIndex(f => new { f.BlockNumber, f.LogIndex }).IsUnique();
        builder.HasIndex(f => new { f.Kind, f.Token });
    }
}
