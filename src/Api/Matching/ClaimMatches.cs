using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Statements;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Api.Matching;

/// <summary>
/// The matching reads: claims similar to a stored claim, stored claims matching a new statement, and a statement's
/// appearances. Scores come from <see cref="ClaimSearch"/>; each result is described from the claim's stored document
/// and its article.
/// </summary>
public sealed class ClaimMatches(AppDbContext db, ClaimSearch search, MatchingIndex index, ClaimEmbedder embedder, IOptions<MatchingOptions> options)
{
    private sealed record Card(ClaimResponse Claim, long SortKey, Guid? Statement, ArticleRef Article, ActorRef? Publisher);

    public async Task<Page<ClaimMatch>> SimilarAsync(Guid id, SimilarClaimsRequest request, HttpRequest http, CancellationToken cancellationToken)
    {
        EnsureAvailable();
        var content = await db.Claims.Where(c => c.Id == id).Select(c => c.Content).FirstOrDefaultAsync(cancellationToken)
            ?? throw ApiException.NotFound("Claim", id);
        var stored = await db.ClaimEmbeddings.Where(e => e.ClaimId == id && e.Model == SentenceEmbedder.ModelName)
            .Select(e => new { e.Vector, e.ContentHash }).FirstOrDefaultAsync(cancellationToken);

        // A claim written a moment ago, or just edited, is matched on its words as they are now.
        var query = stored is not null && stored.ContentHash.AsSpan().SequenceEqual(ClaimEmbedder.ContentHash(content))
            ? VectorCodes.Unpack(stored.Vector)
            : embedder.EmbedParts(content);

        var cursor = request.Cursor;
        var skipped = cursor is { } c && int.TryParse(c.Text, out var n) ? n : 0;
        var depth = Math.Min(options.Value.MaxResults, skipped + request.PageSize + 1);
        var filter = new IndexFilter(request.Speaker, Day(request.From), Day(request.To?.AddDays(1)), Exclude: id);
        var scored = await search.NearestAsync(query, filter, request.MinScore ?? options.Value.DefaultMinScore, depth, cancellationToken);
        if (cursor is { } after)
        {
            scored = scored.SkipWhile(s => ScoreKey(s.Score) > after.SortKey || (ScoreKey(s.Score) == after.SortKey && s.ClaimId.CompareTo(after.Id) <= 0)).ToList();
        }

        var page = scored.Take(request.PageSize + 1).ToList();
        var cards = await CardsAsync(page.Select(s => s.ClaimId), cancellationToken);
        var rows = page.Where(s => cards.ContainsKey(s.ClaimId)).ToList();
        return http.ToPage(rows, request.PageSize, s => PageCursor.Encode(ScoreKey(s.Score), s.ClaimId, $"{skipped + request.PageSize}"),
            s => Match(s, cards[s.ClaimId]));
    }

    public async Task<ClaimMatchesResponse> MatchTextAsync(ClaimMatchRequest request, CancellationToken cancellationToken)
    {
        EnsureAvailable();
        var speaker = request.Speaker is { } named ? await SpeakerAsync(named, cancellationToken) : (Guid?)null;
        var query = embedder.EmbedParts(request.Text.Trim());
        var scored = await search.NearestAsync(query, new IndexFilter(speaker), request.MinScore ?? options.Value.DefaultMinScore, request.Limit, cancellationToken);
        var cards = await CardsAsync(scored.Select(s => s.ClaimId), cancellationToken);
        return new ClaimMatchesResponse(scored.Where(s => cards.ContainsKey(s.ClaimId)).Select(s => Match(s, cards[s.ClaimId])).ToList());
    }

    /// <summary>The appearances of the claim's statement, first first; a claim in no statement is its only appearance.</summary>
    public async Task<Page<ClaimAppearance>> AppearancesOfClaimAsync(Guid id, AppearancesRequest request, HttpRequest http, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.Where(c => c.Id == id).Select(c => new { Statement = EF.Property<Guid?>(c, StatementColumns.StatementId) })
            .FirstOrDefaultAsync(cancellationToken) ?? throw ApiException.NotFound("Claim", id);
        if (claim.Statement is { } statement)
        {
            return await AppearancesAsync(statement, request, http, cancellationToken);
        }

        var cards = request.Cursor is null ? await CardsAsync([id], cancellationToken) : [];
        return new Page<ClaimAppearance>(cards.Values.Select(Appearance).ToList(), null, null);
    }

    /// <summary>A statement's appearances, oldest first (by when said, else when published), retracted claims aside.</summary>
    public async Task<Page<ClaimAppearance>> AppearancesAsync(Guid statement, AppearancesRequest request, HttpRequest http, CancellationToken cancellationToken)
    {
        var members = db.Claims.Where(c => EF.Property<Guid?>(c, StatementColumns.StatementId) == statement && c.RetractedAt == null);
        if (request.Cursor is { } after)
        {
            members = members.Where(c => c.SortKey >= after.SortKey)
                .Where(c => c.SortKey > after.SortKey || (c.SortKey == after.SortKey && c.Id.CompareTo(after.Id) > 0));
        }

        var rows = await members.OrderBy(c => c.SortKey).ThenBy(c => c.Id).Select(c => new { c.Id, c.SortKey })
            .Take(request.PageSize + 1).ToListAsync(cancellationToken);
        var cards = await CardsAsync(rows.Select(r => r.Id), cancellationToken);
        return http.ToPage(rows.Where(r => cards.ContainsKey(r.Id)).ToList(), request.PageSize, r => PageCursor.Encode(r.SortKey, r.Id),
            r => Appearance(cards[r.Id]));
    }

    private void EnsureAvailable()
    {
        if (!options.Value.Enabled)
        {
            throw new ApiException(StatusCodes.Status503ServiceUnavailable, "Claim matching is off.", "This instance runs with Matching:Enabled=false.") { RetryAfter = 60 };
        }

        index.EnsureReady();
    }

    /// <summary>An actor's id, or the actor a name or alias names; 400 on the <c>speaker</c> field otherwise.</summary>
    private async Task<Guid> SpeakerAsync(string speaker, CancellationToken cancellationToken)
    {
        Guid? found = Guid.TryParse(speaker, out var id)
            ? await db.Actors.Where(a => a.Id == id).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken)
            : await db.ActorNames.Where(n => n.Normalized == NameKey.Of(speaker)).Select(n => (Guid?)n.ActorId).FirstOrDefaultAsync(cancellationToken);
        if (found is { } actor)
        {
            return actor;
        }

        var errors = new ModelStateDictionary();
        errors.AddModelError("speaker", $"No actor has the id or the name or alias '{speaker}'.");
        throw new ValidationFailedException(errors);
    }

    private async Task<Dictionary<Guid, Card>> CardsAsync(IEnumerable<Guid> claimIds, CancellationToken cancellationToken)
    {
        var ids = claimIds.ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var claims = await db.Claims.Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, Document = EF.Property<string>(c, ClaimDocument.Column), c.SortKey, Statement = EF.Property<Guid?>(c, StatementColumns.StatementId), c.ArticleId })
            .ToListAsync(cancellationToken);
        var articleIds = claims.Select(c => c.ArticleId).Distinct().ToList();
        var articles = await db.Articles.Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Headline, a.CanonicalUrl, a.PublishedAt, a.PublisherId, Publisher = a.Publisher != null ? a.Publisher.Name : null })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var cards = new Dictionary<Guid, Card>();
        foreach (var claim in claims)
        {
            var article = articles[claim.ArticleId];
            cards[claim.Id] = new Card(
                JsonSerializer.Deserialize<ClaimResponse>(claim.Document, ClaimDocument.Options)!,
                claim.SortKey,
                claim.Statement,
                new ArticleRef(article.Id, article.Headline, article.CanonicalUrl, article.PublishedAt),
                article.PublisherId is { } publisher ? new ActorRef(publisher, article.Publisher ?? "") : null);
        }

        return cards;
    }

    private static ClaimMatch Match(ScoredClaim scored, Card card) =>
        new(MathF.Round(scored.Score, 4), card.Claim.Id, card.Claim.Content, card.Claim.Speaker, card.Article, card.Publisher, DateOf(card.SortKey), card.Statement);

    private static ClaimAppearance Appearance(Card card) =>
        new(card.Claim.Id, card.Claim.Content, card.Claim.Kind, card.Claim.Speaker, card.Claim.Chain, card.Article, card.Publisher, DateOf(card.SortKey));

    private static DateOnly DateOf(long sortKey) => DateOnly.FromDateTime(new DateTime(sortKey, DateTimeKind.Utc));

    private static long? Day(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks;

    /// <summary>A score as a page-token key: the float's bits order like the float for scores of 0 and above.</summary>
    private static long ScoreKey(float score) => BitConverter.SingleToInt32Bits(score);
}
