using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ConfigureEntity();
        builder.Property(a => a.Headline).HasMaxLength(Limits.Headline).IsRequired();
        builder.Property(a => a.CanonicalUrl).HasMaxLength(Limits.Url).IsRequired();
        builder.Property(a => a.Language).HasMaxLength(35).IsRequired();
        builder.Property(a => a.Byline).HasMaxLength(Limits.Name);
        builder.Property(a => a.Body).IsRequired();
        builder.HasIndex(a => a.CanonicalUrl).IsUnique();
        builder.HasIndex(a => new { a.SortKey, a.Id });
        builder.HasIndex(a => new { a.PublisherId, a.SortKey, a.Id });
        builder.HasOne(a => a.Publisher).WithMany().HasForeignKey(a => a.PublisherId).OnDelete(DeleteBehavior.Restrict);
    }
}
