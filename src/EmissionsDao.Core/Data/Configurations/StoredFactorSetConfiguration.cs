using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class StoredFactorSetConfiguration : IEntityTypeConfiguration<StoredFactorSet>
{
    public void Configure(EntityTypeBuilder<StoredFactorSet> builder)
    {
        builder.ToTable("FactorSets");
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.Version).HasMaxLength(100);
        builder.Property(s => s.Publisher).HasMaxLength(100);
        builder.Property(s => s.Dataset).HasMaxLength(200);
        builder.Property(s => s.Licence).HasMaxLength(100);
        builder.Property(s => s.Attribution).HasMaxLength(500);
        builder.Property(s => s.ContentHash).HasMaxLength(Sha256Digest.Length);
        builder.HasIndex(s => s.ContentHash).IsUnique();
        builder.HasMany(s => s.Factors).WithOne().HasForeignKey(f => f.FactorSetId).OnDelete(DeleteBehavior.Cascade);
    }
}
