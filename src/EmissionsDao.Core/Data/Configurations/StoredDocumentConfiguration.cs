using EmissionsDao.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class StoredDocumentConfiguration : IEntityTypeConfiguration<StoredDocument>
{
    public void Configure(EntityTypeBuilder<StoredDocument> builder)
    {
        builder.ToTable("Documents");
        builder.Ignore(d => d.PlaintextHashHex);
        builder.Property(d => d.FileName).HasMaxLength(260);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.PlaintextSha256).HasMaxLength(Sha256Digest.Length);
        builder.Property(d => d.CiphertextSha256).HasMaxLength(Sha256Digest.Length);
        builder.Property(d => d.UploaderAddress).HasMaxLength(42);
        builder.HasMany(d => d.Recipients).WithOne().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.RequestId);
    }
}
