using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Reviews.Import;

/// <summary>
/// Finds stored claims that say what a text says: how the ClaimReview importer links a fact check to a claim the
/// newsroom recorded. The importer only asks and takes the best answer; a matcher decides what counts as saying the
/// same (its own scale and bar), so claim matching by sentence embeddings replaces <see cref="TextClaimMatcher"/> by
/// registering another implementation.
/// </summary>
public interface IClaimMatcher
{
    /// <summary>How this matcher scores, as the import's answer names it ("text").</summary>
    string Method { get; }

    /// <summary>Claims in the query's scope that say what its text says, best first, each scored from 0 to 1; only those good enough to link.</summary>
    Task<IReadOnlyList<ClaimMatchCandidate>> FindAsync(ClaimMatchQuery query, CancellationToken cancellationToken);
}

/// <summary>A text to match among one speaker's claims, or (when the speaker is unknown) one article's.</summary>
public sealed record ClaimMatchQuery(string Text, Guid? SpeakerId, Guid? ArticleId, int Limit = 3);

public sealed record ClaimMatchCandidate(Guid ClaimId, double Score);

public sealed class ReviewImportOptions
{
    public const string Section = "Reviews";

    /// <summary>The least score at which <see cref="TextClaimMatcher"/> links a fact check to a stored claim.</summary>
    public double MatchMinScore { get; set; } = 0.8;

    /// <summary>How many of a speaker's newest claims the text matcher compares (it reads their words).</summary>
    public int MatchCandidates { get; set; } = 2000;
}

/// <summary>
/// Matches on the words: the same words after <see cref="ClaimText.Words"/> score 1; otherwise the share of words the
/// two have in common (Jaccard), linked from <see cref="ReviewImportOptions.MatchMinScore"/> (0.8: "Says the bridge
/// will reopen in May" finds "the bridge will reopen in May", a reworded claim is not found). Retracted claims are
/// not matched.
/// </summary>
public sealed class TextClaimMatcher(AppDbContext db, IOptions<ReviewImportOptions> options) : IClaimMatcher
{
    public string Method => "text";

    public async Task<IReadOnlyList<ClaimMatchCandidate>> FindAsync(ClaimMatchQuery query, CancellationToken cancellationToken)
    {
        if (query.SpeakerId is null && query.ArticleId is null)
        {
            return [];
        }

        var claims = db.Claims.Where(c => c.RetractedAt == null);
        claims = query.SpeakerId is { } speaker ? claims.Where(c => c.SpeakerId == speaker) : claims.Where(c => c.ArticleId == query.ArticleId);
        var candidates = await claims.OrderByDescending(c => c.SortKey).ThenByDescending(c => c.Id).Take(options.Value.MatchCandidates)
            .Select(c => new { c.Id, c.Content }).ToListAsync(cancellationToken);
        var words = ClaimText.Words(query.Text);
        return candidates.Select(c => new ClaimMatchCandidate(c.Id, ClaimText.Similarity(words, ClaimText.Words(c.Content))))
            .Where(c => c.Score >= options.Value.MatchMinScore)
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.ClaimId).Take(query.Limit).ToList();
    }
}

/// <summary>Claim texts compared word by word, as fact-checkers and newsrooms word the same claim.</summary>
public static class ClaimText
{
    private static readonly string[][] Lead = [["says", "that"], ["says"], ["said", "that"], ["said"], ["claims", "that"], ["claims"], ["claim", "that"]];

    /// <summary>
    /// Lower-case words without accents, punctuation or quotation marks, and without the attribution a fact-checker
    /// puts before the claim (PolitiFact's "Says ...", "Claims that ...").
    /// </summary>
    public static string[] Words(string text)
    {
        var decomposed = (ImportText.Plain(text) ?? "").Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lead = Lead.FirstOrDefault(l => words.Length > l.Length && words.AsSpan(0, l.Length).SequenceEqual(l));
        return lead is null ? words : words[lead.Length..];
    }

    /// <summary>1 for the same words in the same order, else the Jaccard index of the two word sets.</summary>
    public static double Similarity(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a.AsSpan().SequenceEqual(b))
        {
            return 1;
        }

        var left = a.ToHashSet();
        var right = b.ToHashSet();
        var common = left.Count(right.Contains);
        return Math.Round((double)common / (left.Count + right.Count - common), 3);
    }
}
