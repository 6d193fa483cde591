using EmissionsDao.Core.Data.ChainIndex;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmissionsDao.Core.Data.Configurations;

internal sealed class IndexedProposalConfiguration : IEntityTypeConfiguration<IndexedProposal>
{
    public void Configure(EntityTypeBuilder<IndexedProposal> builder)
    {
        builder.ToTable("ChainProposals");
        builder.HasKey(p => p.ProposalId);
        builder.Property(p => p.ProposalId).HasMaxLength(78);
        builder.Property(p => p.Proposer).HasMaxLength(42);
        builder.Property(p => p.ForVotes).HasMaxLength(78);
        builder.Property(p => p.AgainstVotes).HasMaxLength(78);
        builder.Property(p => p.AbstainVotes).HasMaxLength(78);
        builder.HasIndex(p => p.CreatedBlock);
    }
}
