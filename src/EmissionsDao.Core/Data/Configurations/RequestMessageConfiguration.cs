using EmissionsDao.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class RequestMessageConfiguration : IEntityTypeConfiguration<RequestMessage>
{
    public void Configure(EntityTypeBuilder<RequestMessage> builder)
    {
        builder.ToTable("RequestMessages");
        builder.Property(m => m.AuthorAddress).HasMaxLength(42);
        builder.Property(m => m.Text).HasMaxLength(RequestMessageRules.MaxTextLength);
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.RequestId, m.SentUtc });
    }
}
