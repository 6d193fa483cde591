using EmissionsDao.Core.Data.ChainIndex;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class IndexedAuditorConfiguration : IEntityTypeConfiguration<IndexedAuditor>
{
    public void Configure(EntityTypeBuilder<IndexedAuditor> builder)
    {
        builder.ToTable("ChainAuditors");
        builder.HasKey(a => a.Account);
        builder.Property(a => a.Account).HasMaxLength(42);
        builder.Property(a => a.Reputation).HasMaxLength(78);
    }
}
