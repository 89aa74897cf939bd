using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Claims;

/// <summary>A claim as a client writes it: what was said, by whom, and who passed it on.</summary>
public sealed class ClaimRequest
{
    /// <summary>The article the claim appears in.</summary>
    public Guid ArticleId { get; set; }

    /// <summary>What was said, verbatim or paraphrased.</summary>
    /// <example>Any peace agreement must include official recognition of the four Ukrainian regions.</example>
    public string Content { get; set; } = "";

    /// <summary>The exact quoted words, when the article quotes them.</summary>
    /// <example>will take place</example>
    public string? Quote { get; set; }

    /// <summary>direct (quoted), indirect (paraphrased) or mixed.</summary>
    /// <example>indirect</example>
    public ClaimKind Kind { get; set; }

    /// <summary>The reporting verb or phrase; defaults to the speaker link's cue.</summary>
    /// <example>reiterated</example>
    public string? Cue { get; set; }

    /// <summary>Where the cue stands in the article body.</summary>
    public SpanDto? CueSpan { get; set; }

    /// <summary>Where the content stands in the article body.</summary>
    public SpanDto? ContentSpan { get; set; }

    /// <summary>Who said it: a known actor, or a description of an anonymous source. Required.</summary>
    public LinkRequest? Speaker { get; set; }

    /// <summary>Who passed the statement on, outermost first (the wire service, then the outlet it cites, ...), not counting the speaker.</summary>
    public List<LinkRequest> ReportedBy { get; set; } = [];

    /// <summary>When it was said, as precisely as the article tells.</summary>
    public ApproximateDateDto? SaidOn { get; set; }

    /// <summary>Free topic labels.</summary>
    /// <example>["ceasefire", "territory"]</example>
    public List<string> Topics { get; set; } = [];

    /// <summary>Ids of the actors the claim is about.</summary>
    public List<Guid> About { get; set; } = [];
}

/// <summary>
/// One link of an attribution chain as written: an actor id, or a description for an unnamed source
/// ("sources familiar with the talks"), with its cue and spans.
/// </summary>
public sealed class LinkRequest
{
    /// <summary>A known actor.</summary>
    public Guid? ActorId { get; set; }

    /// <summary>The source as the article words it; required when there is no actor.</summary>
    /// <example>sources familiar with the talks</example>
    public string? Description { get; set; }

    /// <summary>Where the source is named in the article body.</summary>
    public SpanDto? Span { get; set; }

    /// <summary>The words by which this link passes the statement on ("said", "according to").</summary>
    /// <example>said</example>
    public string? Cue { get; set; }

    /// <summary>Where the cue stands in the article body.</summary>
    public SpanDto? CueSpan { get; set; }
}

/// <summary>A range of UTF-16 code units in the article body, end exclusive.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
public sealed record SpanDto(int Start, int End)
{
    /// <summary>The span stored as two nullable columns, or null when either end is missing.</summary>
    public static SpanDto? Of(int? start, int? end) => start is { } s && end is { } e ? new SpanDto(s, e) : null;
}

/// <summary>A date known to the day, the month or the year.</summary>
/// <param name="Date">The date; with month precision the first of the month, with year precision 1 January.</param>
/// <param name="Precision">day, month or year.</param>
/// <param name="Text">The article's own words, e.g. "in March".</param>
public sealed record ApproximateDateDto(DateOnly Date, DatePrecision Precision = DatePrecision.Day, string? Text = null);
