using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Reviews;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ConfigureEntity();
        builder.Property(r => r.RatingValue).HasPrecision(18, 6);
        builder.Property(r => r.BestRating).HasPrecision(18, 6);
        builder.Property(r => r.WorstRating).HasPrecision(18, 6);
        builder.Property(r => r.RatingText).HasMaxLength(Limits.Headline);
        builder.Property(r => r.Verdict).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Origin).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ClaimReviewed).HasMaxLength(Limits.Content);
        builder.Property(r => r.Headline).HasMaxLength(Limits.Headline);
        builder.Property(r => r.Summary).HasMaxLength(Limits.Description);
        builder.Property(r => r.Url).HasMaxLength(Limits.Url);
        builder.Property(r => r.Language).HasMaxLength(35);
        builder.Ignore(r => r.Rating);

        // A claim's reviews go with it; a reviewer still reviewing cannot be deleted.
        builder.HasOne<DomainClaim>().WithMany().HasForeignKey(r => r.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Actor>().WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Restrict);

        // The lists: a claim's reviews, reviews by reviewer or verdict by date (keyset order SortKey, Id), and the
        // claims filter "has a review with this verdict".
        builder.HasIndex(r => new { r.ClaimId, r.Verdict });
        builder.HasIndex(r => new { r.SortKey, r.Id });
        builder.HasIndex(r => new { r.ReviewerId, r.SortKey, r.Id });
        builder.HasIndex(r => new { r.Verdict, r.SortKey, r.Id });

        // A re-import finds the fact check it stored before.
        builder.HasIndex(r => new { r.ReviewerId, r.Url });
    }
}
