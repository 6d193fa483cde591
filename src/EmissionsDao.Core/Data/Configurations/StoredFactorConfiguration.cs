using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class StoredFactorConfiguration : IEntityTypeConfiguration<StoredFactor>
{
    public void Configure(EntityTypeBuilder<StoredFactor> builder)
    {
        builder.ToTable("Factors");
        builder.Property(f => f.PublisherRowId).HasMaxLength(64);
        builder.Property(f => f.Category).HasMaxLength(400);
        builder.Property(f => f.ActivityUnit).HasMaxLength(64);
        builder.Property(f => f.EmissionUnit).HasMaxLength(32);

        // Exact decimal text; SQLite has no decimal type and the value is never compared in a query.
        builder.Property(f => f.Value)
            .HasConversion(value => CanonicalDecimal.ToText(value), text => CanonicalDecimal.Parse(text))
            .HasMaxLength(40);
        builder.HasIndex(f => new { f.FactorSetId, f.PublisherRowId }).IsUnique();
    }
}
