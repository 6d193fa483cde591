using EmissionsDao.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class StoredDocumentRecipientConfiguration : IEntityTypeConfiguration<StoredDocumentRecipient>
{
    public void Configure(EntityTypeBuilder<StoredDocumentRecipient> builder)
    {
        builder.ToTable("DocumentRecipients");
        builder.Property(r => r.Address).HasMaxLength(42);
        builder.Property(r => r.WrappedKey).HasMaxLength(60);
        builder.HasIndex(r => new { r.DocumentId, r.Address }).IsUnique();
    }
}
