using EmissionsDao.Core.Data.ChainIndex;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class IndexedAuditRequestConfiguration : IEntityTypeConfiguration<IndexedAuditRequest>
{
    public void Configure(EntityTypeBuilder<IndexedAuditRequest> builder)
    {
        builder.ToTable("ChainAuditRequests");
        builder.HasKey(r => r.RequestId);
        builder.Property(r => r.RequestId).ValueGeneratedNever();
        builder.Property(r => r.Requester).HasMaxLength(42);
        builder.Property(r => r.SubjectKey).HasMaxLength(66);
        builder.Property(r => r.StartDate).HasColumnName("StartDay").HasConversion<DayNumberConverter>();
        builder.Property(r => r.EndDate).HasColumnName("EndDay").HasConversion<DayNumberConverter>();
        builder.Property(r => r.ActivityHash).HasMaxLength(66);
        builder.Property(r => r.FactorSetHash).HasMaxLength(66);
        builder.Property(r => r.FeeToken).HasMaxLength(42);
        builder.Property(r => r.Fee).HasMaxLength(78);
        builder.Property(r => r.Status).HasMaxLength(16);
        builder.HasIndex(r => r.Requester);
        builder.HasIndex(r => r.SubjectKey);
    }
}
