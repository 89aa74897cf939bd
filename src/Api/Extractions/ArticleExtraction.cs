using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Articles;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Extraction;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Extractions;

/// <summary>Runs the engine over a stored article and replaces its machine-made claims, in one transaction.</summary>
public sealed partial class ArticleExtraction(AppDbContext db, AttributionExtractor extractor, GazetteerSource gazetteers, ClaimQueries queries, Mapster.TypeAdapterConfig mapper)
{
    public async Task<ArticleExtractionResponse> RunAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var article = await db.Articles.Include(a => a.Publisher).FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken)
            ?? throw ApiException.NotFound("Article", articleId);
        var options = new ExtractionOptions(await gazetteers.GetAsync(cancellationToken), article.Publisher?.Name, article.PublishedAt);
        var result = extractor.Extract(article.Body, options);

        // Runs inside the request's write transaction (WriteTransactionFilter): removal and insertion commit together.
        var stale = await db.Claims.AsTracking().Where(c => c.ArticleId == articleId && c.Origin == ClaimOrigin.Engine).ToListAsync(cancellationToken);
        db.Claims.RemoveRange(stale);
        var created = result.Attributions.Select(a => ToClaim(article, result, a)).ToList();
        db.Claims.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);

        var ids = created.Select(c => c.Id).ToList();
        var saved = await queries.WithDetails().Where(c => ids.Contains(c.Id)).OrderBy(c => c.ContentStart).ToListAsync(cancellationToken);
        var suggestions = ExtractionResponses.From(result, mapper).NewActors;
        return new ArticleExtractionResponse(articleId, stale.Count, saved.Select(queries.ToResponse).ToList(), suggestions);
    }

    private static DomainClaim ToClaim(Article article, ExtractionResult result, ExtractedAttribution attribution)
    {
        var content = attribution.Content;
        var cue = attribution.Cue;
        var claim = new DomainClaim
        {
            ArticleId = article.Id,
            Origin = ClaimOrigin.Engine,
            Kind = attribution.Kind,
            Content = Trim(string.Join(" … ", content.Select(s => s.Text)), Limits.Content),
            Quote = QuoteOf(attribution),
            Cue = cue.Count > 0 ? Trim(string.Join(" ", cue.Select(s => s.Text)), Limits.Cue) : null,
            CueStart = cue.Count > 0 ? cue[0].Start : null,
            CueEnd = cue.Count > 0 ? cue[^1].End : null,
            ContentStart = content.Count > 0 ? content[0].Start : null,
            ContentEnd = content.Count > 0 ? content[^1].End : null,
        };

        var steps = result.ChainOf(attribution).Select(ToLink).ToList();
        claim.SetChain(steps.SkipLast(1), steps[^1]);
        claim.RefreshSortKey(article.PublishedAt);
        return claim;
    }

    private static ChainLink ToLink(ChainStep step) => new()
    {
        ActorId = step.ActorId,
        Description = step.ActorId is null ? Trim(step.Name, Limits.Name) : null,
        Cue = step.Cue is null ? null : Trim(step.Cue.Text, Limits.Cue),
        CueStart = step.Cue?.Start,
        CueEnd = step.Cue?.End,
        SpanStart = step.Source?.Start,
        SpanEnd = step.Source?.End,
    };

    /// <summary>A direct claim is all quote; a mixed one quotes the words between its quote marks.</summary>
    private static string? QuoteOf(ExtractedAttribution attribution)
    {
        var text = string.Join(" … ", attribution.Content.Select(s => s.Text));
        if (attribution.Kind == ClaimKind.Direct)
        {
            return Trim(text.Trim('"', '“', '”', ' '), Limits.Content);
        }

        var quoted = QuotedWords().Match(text);
        return attribution.Kind == ClaimKind.Mixed && quoted.Success ? Trim(quoted.Groups[1].Value, Limits.Content) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("[\"“]([^\"“”]+)[\"”]")]
    private static partial System.Text.RegularExpressions.Regex QuotedWords();

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..max];
}
