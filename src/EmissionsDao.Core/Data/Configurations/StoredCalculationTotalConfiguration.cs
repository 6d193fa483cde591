using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class StoredCalculationTotalConfiguration : IEntityTypeConfiguration<StoredCalculationTotal>
{
    public void Configure(EntityTypeBuilder<StoredCalculationTotal> builder)
    {
        builder.ToTable("CalculationTotals");
        builder.Property(t => t.Dimension).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.Key).HasMaxLength(20);
        builder.HasIndex(t => new { t.CalculationId, t.Dimension, t.Key }).IsUnique();
    }
}
