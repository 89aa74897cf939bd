using System.ComponentModel;
using FluentValidation;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Matching;

/// <summary>The article a claim appears in.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Headline">Its headline.</param>
/// <param name="Url">Its canonical URL.</param>
/// <param name="PublishedAt">When it was published, if known.</param>
public sealed record ArticleRef(Guid Id, string Headline, string Url, DateTime? PublishedAt);

/// <summary>A claim that says what the query says, or nearly.</summary>
/// <param name="Score">Cosine similarity of the two sentence embeddings: 1 is the same meaning; 0.8 and above is usually the same statement reworded.</param>
/// <param name="ClaimId">The claim.</param>
/// <param name="Content">What it says.</param>
/// <param name="Speaker">Who said it (the chain's last link).</param>
/// <param name="Article">Where it appeared.</param>
/// <param name="Publisher">The article's publisher, when known.</param>
/// <param name="Date">When it was said, else when the article appeared.</param>
/// <param name="StatementId">The statement it is an appearance of, if grouped.</param>
public sealed record ClaimMatch(float Score, Guid ClaimId, string Content, LinkResponse Speaker, ArticleRef Article, ActorRef? Publisher, DateOnly Date, Guid? StatementId);

/// <summary>One appearance of a statement: a claim in an article, with who reported it.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Content">Its wording in this article.</param>
/// <param name="Kind">direct, indirect or mixed.</param>
/// <param name="Speaker">Who said it.</param>
/// <param name="Chain">Who passed it on, outermost first, ending with the speaker.</param>
/// <param name="Article">Where it appeared.</param>
/// <param name="Publisher">The article's publisher, when known.</param>
/// <param name="Date">When it was said, else when the article appeared.</param>
public sealed record ClaimAppearance(Guid ClaimId, string Content, ClaimKind Kind, LinkResponse Speaker, IReadOnlyList<LinkResponse> Chain,
    ArticleRef Article, ActorRef? Publisher, DateOnly Date);

/// <summary>Filters for the claims similar to one claim.</summary>
public sealed class SimilarClaimsRequest : PageRequest
{
    /// <summary>Only claims by this actor.</summary>
    public Guid? Speaker { get; set; }

    /// <summary>Only claims dated on or after this day.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Only claims dated on or before this day.</summary>
    public DateOnly? To { get; set; }

    /// <summary>Only claims scoring at least this (0 to 1); 0.5 when omitted.</summary>
    public double? MinScore { get; set; }
}

/// <summary>Paging for a statement's appearances.</summary>
public sealed class AppearancesRequest : PageRequest;

/// <summary>A statement to look for among the stored claims.</summary>
public sealed class ClaimMatchRequest
{
    /// <summary>The statement, as a sentence or a few (up to 10,000 characters).</summary>
    /// <example>Any peace deal must recognise the four Ukrainian regions as Russian.</example>
    public string Text { get; set; } = "";

    /// <summary>Only claims by this speaker: an actor's id, or a name or alias as `/actors?name=` resolves it.</summary>
    /// <example>Vladimir Putin</example>
    public string? Speaker { get; set; }

    /// <summary>Only claims scoring at least this (0 to 1); 0.5 when omitted.</summary>
    public double? MinScore { get; set; }

    /// <summary>How many matches to return, 1 to 100.</summary>
    [DefaultValue(10)]
    public int Limit { get; set; } = 10;
}

/// <summary>Matches for a statement that is not stored, best first.</summary>
/// <param name="Items">The matches, best first.</param>
public sealed record ClaimMatchesResponse(IReadOnlyList<ClaimMatch> Items);

internal sealed class SimilarClaimsRequestValidator : AbstractValidator<SimilarClaimsRequest>
{
    public SimilarClaimsRequestValidator()
    {
        this.AddPageRules();
        RuleFor(r => r.MinScore).InclusiveBetween(0, 1).When(r => r.MinScore is not null);
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null && r.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}

internal sealed class AppearancesRequestValidator : AbstractValidator<AppearancesRequest>
{
    public AppearancesRequestValidator() => this.AddPageRules();
}

internal sealed class ClaimMatchRequestValidator : AbstractValidator<ClaimMatchRequest>
{
    public ClaimMatchRequestValidator()
    {
        RuleFor(r => r.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("'text' must not be empty.").MaximumLength(Limits.Content);
        RuleFor(r => r.Speaker).MaximumLength(Limits.Name);
        RuleFor(r => r.MinScore).InclusiveBetween(0, 1).When(r => r.MinScore is not null);
        RuleFor(r => r.Limit).InclusiveBetween(1, PageRequest.MaxPageSize);
    }
}
