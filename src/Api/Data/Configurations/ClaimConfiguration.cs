using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Matching;
using NewsroomClaims.Api.Statements;
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
        builder.PrimitiveCollection(c => c.Topics).Metadata.SetValueComparer(new TopicsComparer());
        builder.Ignore(c => c.Retracted);
        builder.Property(c => c.RetractionReason).HasMaxLength(Limits.Description);
        builder.ComplexProperty(c => c.SpeakerSpan).MapSpan("Speaker");
        builder.ComplexProperty(c => c.CueSpan).MapSpan("Cue");
        builder.ComplexProperty(c => c.ContentSpan).MapSpan("Content");

        // The read model: the claim as the API answers it, rebuilt on every write (ClaimDocumentInterceptor) so a page
        // is one query. A shadow property: it is the API's concern, not the domain's.
        builder.Property<string>(ClaimDocument.Column);

        // Empty once every claim has its document, so finding the claims still without one costs nothing at start-up.
        builder.HasIndex(c => c.Id).HasFilter($"\"{ClaimDocument.Column}\" IS NULL").HasDatabaseName("IX_Claims_WithoutDocument");

        // Statement membership (see Matching/StatementGrouping): derived data like the document, so shadow properties the
        // revision history does not record; an editor's correction is recorded on the statement instead.
        builder.Property<Guid?>(StatementColumns.StatementId);
        builder.Property<bool>(StatementColumns.Pinned);
        builder.HasOne<Statement>().WithMany().HasForeignKey(StatementColumns.StatementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(StatementColumns.StatementId, nameof(DomainClaim.SortKey), nameof(DomainClaim.Id));

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

/// <summary>
/// Compares topic lists for change tracking. EF's own list comparer built a delegate on every comparison; in an import
/// of 100 claims that made change detection most of the SaveChanges (profiled). Static methods keep it to a loop.
/// </summary>
internal sealed class TopicsComparer() : ValueComparer<List<string>>(
    (a, b) => Same(a, b), list => Hash(list), list => Copy(list))
{
    private static bool Same(List<string>? a, List<string>? b) => a is null ? b is null : b is not null && a.SequenceEqual(b);

    private static int Hash(List<string> list)
    {
        var hash = new HashCode();
        foreach (var topic in list)
        {
            hash.Add(topic);
        }

        return hash.ToHashCode();
    }

    private static List<string> Copy(List<string> list) => [.. list];
}

internal static class SpanMapping
{
    /// <summary>
    /// A span is one optional value stored in two columns, named as before the value type existed
    /// ("ContentStart", "ContentEnd"), so the change needed no data migration.
    /// </summary>
    public static void MapSpan(this ComplexPropertyBuilder<TextSpan> span, string prefix)
    {
        span.Property(nameof(TextSpan.Start)).HasColumnName(prefix + "Start");
        span.Property(nameof(TextSpan.End)).HasColumnName(prefix + "End");
        span.Ignore(nameof(TextSpan.Length));
    }
}
