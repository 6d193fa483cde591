using EmissionsDao.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class SealedAuditorResultConfiguration : IEntityTypeConfiguration<SealedAuditorResult>
{
    public void Configure(EntityTypeBuilder<SealedAuditorResult> builder)
    {
        builder.ToTable("SealedAuditorResults");
        builder.Property(r => r.AuditorAddress).HasMaxLength(42);
        builder.Property(r => r.FactorSetHash).HasMaxLength(Sha256Digest.Length);
        builder.Property(r => r.Salt).HasMaxLength(32);
        builder.Property(r => r.ReasonText).HasMaxLength(RequestMessageRules.MaxTextLength);
        builder.HasOne<PortalAuditRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.RequestId, r.AuditorAddress }).IsUnique();
    }
}
