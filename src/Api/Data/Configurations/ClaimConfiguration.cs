using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<DomainClaim>
{
    public void Configure(EntityTypeBuilder<DomainClaim> builder)
    {
        builder.ConfigureEntity();
        builder.Property(c => c.Content).HasMaxLength(Limits.Content).IsRequired();
        builder.Property(c => c.Quote).HasMaxLength(Limits.Content);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Origin).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.SaidOnPrecision).HasConversion<string>().HasMaxLength(8);
        builder.Property(c => c.Cue).HasMaxLength(Limits.Cue);
        builder.Property(c => c.SpeakerDescription).HasMaxLength(Limits.Name);
        builder.Property(c => c.SaidOnText).HasMaxLength(Limits.Cue);
        builder.PrimitiveCollection(c => c.Topics);
        builder.Ignore(c => c.SpeakerSpan);
        builder.Ignore(c => c.CueSpan);
        builder.Ignore(c => c.ContentSpan);
        builder.Ignore(c => c.Retracted);
        builder.Property(c => c.RetractionReason).HasMaxLength(Limits.Description);

        builder.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Actor>().WithMany().HasForeignKey(c => c.SpeakerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Chain).WithOne().HasForeignKey(l => l.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Subjects).WithOne().HasForeignKey(s => s.ClaimId).OnDelete(DeleteBehavior.Cascade);

        // Each list filter pairs with the keyset order (SortKey, Id) so a page is one index range scan.
        builder.HasIndex(c => new { c.SortKey, c.Id });
        builder.HasIndex(c => new { c.SpeakerId, c.SortKey, c.Id });
        builder.HasIndex(c => new { c.ArticleId, c.SortKey, c.Id });
    }
}
