using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class ActivityBatchConfiguration : IEntityTypeConfiguration<ActivityBatch>
{
    public void Configure(EntityTypeBuilder<ActivityBatch> builder)
    {
        builder.Ignore(b => b.Period);
        builder.Property(b => b.StartDate).HasColumnName("StartDay").HasConversion<DayNumberConverter>();
        builder.Property(b => b.EndDate).HasColumnName("EndDay").HasConversion<DayNumberConverter>();
        builder.Property(b => b.SourceName).HasMaxLength(260);
        builder.Property(b => b.ActivityDataHash).HasMaxLength(Sha256Digest.Length);
        builder.HasOne(b => b.Subject).WithMany().HasForeignKey(b => b.SubjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Rows).WithOne().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Calculations).WithOne().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.SubjectId, b.StartDate });
    }
}
