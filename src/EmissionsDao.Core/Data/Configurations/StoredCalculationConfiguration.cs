using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class StoredCalculationConfiguration : IEntityTypeConfiguration<StoredCalculation>
{
    public void Configure(EntityTypeBuilder<StoredCalculation> builder)
    {
        builder.ToTable("Calculations");
        builder.Property(c => c.ActivityDataHash).HasMaxLength(Sha256Digest.Length);
        builder.Property(c => c.FactorLibraryHash).HasMaxLength(Sha256Digest.Length);
        builder.Property(c => c.FactorLibraryVersion).HasMaxLength(32);
        builder.Property(c => c.MethodVersion).HasMaxLength(64);
        builder.HasMany(c => c.Totals).WithOne().HasForeignKey(t => t.CalculationId).OnDelete(DeleteBehavior.Cascade);
    }
}
