using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class StoredActivityRowConfiguration : IEntityTypeConfiguration<StoredActivityRow>
{
    public void Configure(EntityTypeBuilder<StoredActivityRow> builder)
    {
        builder.ToTable("ActivityRows");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.StartDate).HasColumnName("StartDay").HasConversion<DayNumberConverter>();
        builder.Property(r => r.EndDate).HasColumnName("EndDay").HasConversion<DayNumberConverter>();
        builder.Property(r => r.FactorSetKey).HasMaxLength(64);
        builder.Property(r => r.FactorPublisherRowId).HasMaxLength(64);
        builder.HasIndex(r => new { r.BatchId, r.LineNumber }).IsUnique();
    }
}
