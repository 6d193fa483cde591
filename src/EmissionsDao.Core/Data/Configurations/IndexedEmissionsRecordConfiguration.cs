using EmissionsDao.Core.Data.ChainIndex;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class IndexedEmissionsRecordConfiguration : IEntityTypeConfiguration<IndexedEmissionsRecord>
{
    public void Configure(EntityTypeBuilder<IndexedEmissionsRecord> builder)
    {
        builder.ToTable("ChainRecords");
        builder.HasKey(r => r.RecordId);
        builder.Property(r => r.RecordId).ValueGeneratedNever();
        builder.Property(r => r.SubjectKey).HasMaxLength(66);
        builder.Property(r => r.Owner).HasMaxLength(42);
        builder.Property(r => r.StartDate).HasColumnName("StartDay").HasConversion<DayNumberConverter>();
        builder.Property(r => r.EndDate).HasColumnName("EndDay").HasConversion<DayNumberConverter>();

        // The contract forbids overlapping records of a subject, so no two start on the same day.
        builder.HasIndex(r => new { r.SubjectKey, r.StartDate }).IsUnique();
        builder.HasIndex(r => r.Owner);
    }
}
