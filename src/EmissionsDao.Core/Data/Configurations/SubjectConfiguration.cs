using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public void Configure(EntityTypeBuilder<Subject> builder)
    {
        builder.Property(s => s.OwnerAddress).HasMaxLength(42);
        builder.Property(s => s.Key).HasMaxLength(200);
        builder.Property(s => s.DisplayName).HasMaxLength(200);
        builder.HasIndex(s => new { s.OwnerAddress, s.Key }).IsUnique();
    }
}
