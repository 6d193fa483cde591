using EmissionsDao.Core.Data.ChainIndex;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class IndexedEmissionsTokenConfiguration : IEntityTypeConfiguration<IndexedEmissionsToken>
{
    public void Configure(EntityTypeBuilder<IndexedEmissionsToken> builder)
    {
        builder.ToTable("ChainTokens");
        builder.HasKey(t => t.TokenId);
        builder.Property(t => t.TokenId).ValueGeneratedNever();
        builder.Property(t => t.SubjectKey).HasMaxLength(66);
        builder.Property(t => t.Holder).HasMaxLength(42);
        builder.Property(t => t.StartDate).HasColumnName("StartDay").HasConversion<DayNumberConverter>();
        builder.Property(t => t.EndDate).HasColumnName("EndDay").HasConversion<DayNumberConverter>();
        builder.Property(t => t.RecordIds).HasMaxLength(2000);
        builder.HasIndex(t => t.Holder);
        builder.HasIndex(t => t.SubjectKey);
    }
}
