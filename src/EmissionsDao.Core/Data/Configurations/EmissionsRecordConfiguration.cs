using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class EmissionsRecordConfiguration : IEntityTypeConfiguration<EmissionsRecord>
{
    public void Configure(EntityTypeBuilder<EmissionsRecord> builder)
    {
        builder.Ignore(r => r.Period);
        builder.Property(r => r.StartDate).HasColumnName("StartDay").HasConversion<DayNumberConverter>();
        builder.Property(r => r.EndDate).HasColumnName("EndDay").HasConversion<DayNumberConverter>();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ChainRecordId).HasMaxLength(78);
        builder.HasOne(r => r.Subject).WithMany().HasForeignKey(r => r.SubjectId).OnDelete(DeleteBehavior.Restrict);

        // The neighbour look-ups of EmissionsRecordStore seek this index; unique because two records of a subject
        // starting on the same day would overlap (and it stops a concurrent writer that slipped past the check).
        builder.HasIndex(r => new { r.SubjectId, r.StartDate }).IsUnique();
    }
}
