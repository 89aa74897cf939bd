using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.EntityType).HasMaxLength(16);
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Author).HasMaxLength(Limits.Name);

        // A second writer of the same revision number fails instead of forking the history.
        builder.HasIndex(r => new { r.EntityId, r.Number }).IsUnique();

        // The change feed: one number per revision, and each of the feed's filters paired with that order. The unique
        // index also finds the revisions still waiting for their number (Sequence IS NULL) when a transaction commits.
        builder.HasIndex(r => r.Sequence).IsUnique();
        builder.HasIndex(r => new { r.EntityType, r.Sequence });
        builder.HasIndex(r => new { r.SpeakerId, r.Sequence }).HasFilter("\"SpeakerId\" IS NOT NULL");
        builder.HasIndex(r => new { r.ArticleId, r.Sequence }).HasFilter("\"ArticleId\" IS NOT NULL");
    }
}
