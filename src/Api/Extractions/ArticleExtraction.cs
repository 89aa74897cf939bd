using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Extraction;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Extractions;

/// <summary>
/// Runs the engine over a stored article and replaces its machine-made claims. It joins the request's write
/// transaction (<see cref="WriteTransactionFilter"/>), so the removal and the new claims commit together.
/// </summary>
public sealed partial class ArticleExtraction(AppDbContext db, ExtractionEngine extractor, GazetteerSource gazetteers, Mapster.TypeAdapterConfig mapper)
{
    public async Task<ArticleExtractionResponse> RunAsync(Guid articleId, ArticleExtractionRequest request, CancellationToken cancellationToken)
    {
        var article = await db.Articles.Include(a => a.Publisher).FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken)
            ?? throw ApiException.NotFound("Article", articleId);
        var mode = extractor.ModeFor(request.Mode);
        ExtractionLimits.EnsureTextFits(article.Body, mode);
        var options = new ExtractionOptions(await gazetteers.GetAsync(cancellationToken), article.Publisher?.Name, article.PublishedAt, mode);
        var result = extractor.Extract(article.Body, options);
        var kept = result.Attributions.Where(a => a.Confidence >= (request.MinConfidence ?? 0)).ToList();

        var stale = await db.Claims.AsTracking().Where(c => c.ArticleId == articleId && c.Origin == ClaimOrigin.Engine).ToListAsync(cancellationToken);
        db.Claims.RemoveRange(stale);
        var text = new ArticleText(article.Id, article.Body.Length, article.PublishedAt);
        var created = kept.Select(a => DomainClaim.Create(text, ToDraft(result, a), ClaimOrigin.Engine)).ToList();
        db.Claims.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);

        var claims = created.OrderBy(c => c.ContentSpan?.Start)
            .Select(c => new StoredClaim(db.Entry(c).Property<string>(ClaimDocument.Column).CurrentValue).Read()).ToList();
        return new ArticleExtractionResponse(
            articleId, result.Mode, stale.Count, result.Attributions.Count - kept.Count, claims, ExtractionResponses.From(result, mapper).NewActors);
    }

    private static ClaimDraft ToDraft(ExtractionResult result, ExtractedAttribution attribution)
    {
        var content = attribution.Content;
        var cue = attribution.Cue;
        var steps = result.ChainOf(attribution).Select(ToLink).ToList();
        return new ClaimDraft(
            Trim(string.Join(" … ", content.Select(s => s.Text)), Limits.Content),
            attribution.Kind,
            steps[^1],
            steps[..^1],
            QuoteOf(attribution),
            cue.Count > 0 ? Trim(string.Join(" ", cue.Select(s => s.Text)), Limits.Cue) : null,
            cue.Count > 0 ? new TextSpan(cue[0].Start, cue[^1].End) : null,
            content.Count > 0 ? new TextSpan(content[0].Start, content[^1].End) : null);
    }

    private static LinkDraft ToLink(ChainStep step) => new(
        step.ActorId,
        step.ActorId is null ? Trim(string.IsNullOrWhiteSpace(step.Name) ? "unnamed source" : step.Name, Limits.Name) : null,
        step.Source is { } source ? new TextSpan(source.Start, source.End) : null,
        step.Cue is null ? null : Trim(step.Cue.Text, Limits.Cue),
        step.Cue is { } cueSpan ? new TextSpan(cueSpan.Start, cueSpan.End) : null);

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
