using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Reviews;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Reviews.Import;

/// <summary>
/// Imports ClaimReview markup: finds or creates each reviewer, links each review to the claim it reviews, and records
/// or updates the review. A claim is linked, in this order, by its URL in this API (the markup's <c>itemReviewed</c>
/// names it by <c>@id</c>, <c>url</c> or <c>sameAs</c>, as this API's own ClaimReview export does), else by the best
/// match among the speaker's stored claims (<see cref="IClaimMatcher"/>; the speaker found by name or alias; an unknown
/// speaker's claims are looked for in the article the markup says the claim appeared in), else the claim the markup
/// describes is recorded with origin import, in the article at its appearance's URL (else at the fact check's URL).
/// </summary>
/// <remarks>
/// Everything is decided first and written in one SaveChanges inside the request's transaction, so an import is all or
/// nothing; a dry run decides the same and writes nothing. Claims recorded earlier in the same request are matched too,
/// so two fact checks of one new claim in a feed link to one claim. A review already stored for the same reviewer, URL
/// and claim is updated (or left unchanged) instead of recorded twice, so a feed can be imported again.
/// </remarks>
public sealed partial class ReviewImporter(AppDbContext db, IClaimMatcher matcher, Microsoft.Extensions.Options.IOptions<ReviewImportOptions> options)
{
    private sealed record Planned(DomainClaim Claim, Guid? SpeakerId, string[] Words, ImportedClaim Link);

    public async Task<ReviewImportResponse> ImportAsync(IReadOnlyList<ClaimReviewInput> inputs, bool dryRun, CancellationToken cancellationToken)
    {
        var records = new ImportRecords(db);
        var planned = new List<Planned>();
        var reviews = new Dictionary<(Guid Reviewer, string Url, Guid Claim), Review>();
        var created = new List<Review>();
        var results = new List<ImportedReview>(inputs.Count);
        foreach (var input in inputs)
        {
            var reviewer = (await records.ActorAsync(input.Reviewer, create: true, cancellationToken))!;
            var claim = await LinkAsync(input, records, planned, cancellationToken);
            // The reviewer's wording is kept only where it differs from the claim's (as a review written through the API).
            var wording = input.ClaimReviewed == claim.Content ? null : input.ClaimReviewed;
            var draft = new ReviewDraft(reviewer.Id, input.Rating, wording, input.Headline, input.Summary, input.Url, input.PublishedOn, input.Language);
            var key = (reviewer.Id, input.Url, claim.Id);
            var review = reviews.GetValueOrDefault(key);
            if (review is null && !reviewer.Created && claim.Link != ClaimLink.Created)
            {
                review = await db.Reviews.AsTracking()
                    .FirstOrDefaultAsync(r => r.ReviewerId == reviewer.Id && r.Url == input.Url && r.ClaimId == claim.Id, cancellationToken);
            }

            ImportAction action;
            if (review is null)
            {
                review = Review.Create(claim.Id, draft, ReviewOrigin.Import);
                created.Add(review);
                action = ImportAction.Created;
            }
            else if (review.Says(draft))
            {
                action = ImportAction.Unchanged;
            }
            else
            {
                review.Revise(draft, ReviewOrigin.Import);
                action = ImportAction.Updated;
            }

            reviews[key] = review;
            results.Add(new ImportedReview(input.Path, action, review.Id, review.Verdict, review.RatingText, reviewer, claim));
        }

        if (dryRun)
        {
            db.ChangeTracker.Clear();
        }
        else
        {
            records.AddTo(db);
            db.Claims.AddRange(planned.Select(p => p.Claim));
            db.Reviews.AddRange(created);
            await db.SaveChangesAsync(cancellationToken);
        }

        // A review created and then changed by a later entry of the same request counts once, as created.
        var firsts = results.GroupBy(r => r.ReviewId).Select(g => g.First().Action).ToList();
        return new ReviewImportResponse(dryRun, matcher.Method, firsts.Count(a => a == ImportAction.Created),
            firsts.Count(a => a == ImportAction.Updated), firsts.Count(a => a == ImportAction.Unchanged), results);
    }

    private async Task<ImportedClaim> LinkAsync(ClaimReviewInput input, ImportRecords records, List<Planned> planned, CancellationToken cancellationToken)
    {
        if (await ByUrlAsync(input.Claim.Urls, cancellationToken) is { } named)
        {
            return named;
        }

        var speaker = input.Claim.Speaker is { } named2 ? await records.ActorAsync(named2, create: false, cancellationToken) : null;
        var articleId = speaker is null && input.Claim.Appearance is { } appearance ? await records.StoredArticleAsync(appearance.Url, cancellationToken) : null;
        var words = ClaimText.Words(input.Claim.Text);

        // The claims this request recorded so far, then the stored ones: whichever says it best.
        var earlier = planned.Where(p => speaker is not null ? p.SpeakerId == speaker.Id : p.Link.Speaker is null && SameSpeaker(p, input))
            .Select(p => (Planned: p, Score: ClaimText.Similarity(words, p.Words)))
            .Where(p => p.Score >= options.Value.MatchMinScore).OrderByDescending(p => p.Score).FirstOrDefault();
        var stored = speaker is not null || articleId is not null
            ? (await matcher.FindAsync(new ClaimMatchQuery(input.Claim.Text, speaker?.Id, articleId, Limit: 1), cancellationToken)).FirstOrDefault()
            : null;
        if (earlier.Planned is not null && (stored is null || earlier.Score >= stored.Score))
        {
            return earlier.Planned.Link with { Link = ClaimLink.Match, Score = earlier.Score, ArticleCreated = false };
        }

        if (stored is not null)
        {
            return await DescribeAsync(stored.ClaimId, ClaimLink.Match, stored.Score, cancellationToken);
        }

        return await CreateAsync(input, records, planned, words, cancellationToken);
    }

    /// <summary>A claim the markup names by its address in this API (…/api/v1/claims/{id}), when it is stored.</summary>
    private async Task<ImportedClaim?> ByUrlAsync(IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        foreach (var url in urls)
        {
            if (ClaimUrl().Match(url) is { Success: true } match && Guid.TryParse(match.Groups[1].Value, out var id)
                && await db.Claims.AnyAsync(c => c.Id == id, cancellationToken))
            {
                return await DescribeAsync(id, ClaimLink.Url, 1, cancellationToken);
            }
        }

        return null;
    }

    private async Task<ImportedClaim> DescribeAsync(Guid claimId, ClaimLink link, double score, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.Where(c => c.Id == claimId)
            .Select(c => new { c.Id, c.Content, c.SpeakerId, c.ArticleId, Speaker = db.Actors.Where(a => a.Id == c.SpeakerId).Select(a => a.Name).FirstOrDefault() })
            .FirstAsync(cancellationToken);
        var speaker = claim.SpeakerId is { } id ? new ImportedActor(id, claim.Speaker ?? "", Created: false) : null;
        return new ImportedClaim(claim.Id, link, score, claim.Content, speaker, claim.ArticleId, ArticleCreated: false);
    }

    /// <summary>Records the claim the markup describes: by its author (found or created), in the article it appeared in (else the fact check's page).</summary>
    private static async Task<ImportedClaim> CreateAsync(ClaimReviewInput input, ImportRecords records, List<Planned> planned, string[] words,
        CancellationToken cancellationToken)
    {
        var speaker = input.Claim.Speaker is { } named ? await records.ActorAsync(named, create: true, cancellationToken) : null;
        var appearance = input.Claim.Appearance ?? new AppearanceInput(input.Url, input.Headline, input.PublishedOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), input.Language);
        var article = await records.ArticleAsync(appearance, input.Language ?? "und", cancellationToken);
        var link = speaker is null ? new LinkDraft(null, UnnamedSource) : new LinkDraft(speaker.Id);
        var claim = DomainClaim.Create(new ArticleText(article.Id, 0, article.PublishedAt),
            new ClaimDraft(input.Claim.Text, ClaimKind.Indirect, link, SaidOn: input.Claim.SaidOn), ClaimOrigin.Import);
        var result = new ImportedClaim(claim.Id, ClaimLink.Created, null, claim.Content, speaker, article.Id, article.Created);
        planned.Add(new Planned(claim, speaker?.Id, words, result));
        return result;
    }

    /// <summary>The speaker of a claim whose markup names no author.</summary>
    public const string UnnamedSource = "unattributed (as imported)";

    private static bool SameSpeaker(Planned earlier, ClaimReviewInput input) => input.Claim.Speaker is null && earlier.Claim.SpeakerDescription == UnnamedSource;

    [GeneratedRegex(@"/api/v1/claims/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/?$")]
    private static partial Regex ClaimUrl();
}
