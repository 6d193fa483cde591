using EmissionsDao.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class PortalAuditRequestConfiguration : IEntityTypeConfiguration<PortalAuditRequest>
{
    public void Configure(EntityTypeBuilder<PortalAuditRequest> builder)
    {
        builder.ToTable("AuditRequests");
        builder.Ignore(r => r.Period);
        builder.Ignore(r => r.Panel);
        builder.Property(r => r.ChainRequestId).HasMaxLength(78);
        builder.Property(r => r.RequesterAddress).HasMaxLength(42);
        builder.Property(r => r.StartDate).HasColumnName("StartDay").HasConversion<DayNumberConverter>();
        builder.Property(r => r.EndDate).HasColumnName("EndDay").HasConversion<DayNumberConverter>();
        builder.Property(r => r.SubjectChainKey).HasMaxLength(Sha256Digest.Length);
        builder.Property(r => r.FactorSetHash).HasMaxLength(Sha256Digest.Length);
        builder.Property(r => r.ActivityDataHash).HasMaxLength(Sha256Digest.Length);
        builder.Property(r => r.PanelAddresses).HasMaxLength(7 * 43);
        builder.HasOne(r => r.Batch).WithMany().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Subject).WithMany().HasForeignKey(r => r.SubjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Documents).WithOne().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Messages).WithOne().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ChainRequestId).IsUnique();
        builder.HasIndex(r => r.RequesterAddress);
    }
}
