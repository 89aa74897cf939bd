using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Extraction;

namespace NewsroomClaims.Api.Extractions;

/// <summary>A text to find attributed statements in; nothing is stored.</summary>
public sealed class ExtractionRequest
{
    /// <summary>The article text, up to 1 MB.</summary>
    /// <example>According to Bloomberg, sources familiar with the talks said Putin reiterated that any agreement must recognise the four regions.</example>
    public string Text { get; set; } = "";

    /// <summary>The publishing outlet; when given it heads every chain.</summary>
    /// <example>MENAFN</example>
    public string? Publisher { get; set; }

    /// <summary>When the text was published.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>
    /// `accurate` (default): the model learned from annotated news, about 3 articles a second per core, texts up to
    /// 256 KB. `fast`: the rules alone, several megabytes a second, texts up to 1 MB.
    /// </summary>
    /// <example>accurate</example>
    public ExtractionMode? Mode { get; set; }
}

/// <summary>How to run extraction on a stored article; every field is optional, and so is the body.</summary>
public sealed class ArticleExtractionRequest
{
    /// <summary>`accurate` (default) or `fast`; see the preview.</summary>
    /// <example>accurate</example>
    public ExtractionMode? Mode { get; set; }

    /// <summary>Store only attributions whose confidence (a calibrated probability of being right) is at least this; 0 to 1.</summary>
    /// <example>0.5</example>
    public double? MinConfidence { get; set; }
}

/// <summary>The statements found, each with its source, cue and content spans and who reported it.</summary>
/// <param name="Mode">Which engine ran: `accurate` or `fast`.</param>
/// <param name="Attributions">In text order.</param>
/// <param name="NewActors">Speakers the API does not know yet, with a guess at their kind.</param>
public sealed record ExtractionResponse(ExtractionMode Mode, IReadOnlyList<AttributionResponse> Attributions, IReadOnlyList<ActorSuggestionResponse> NewActors);

/// <summary>One attributed statement. Spans are UTF-16 offsets into the submitted text, end exclusive.</summary>
/// <param name="Id">"a1", "a2", ... in text order.</param>
/// <param name="Kind">direct, indirect or mixed.</param>
/// <param name="Source">Where the source is named; empty when the text names none.</param>
/// <param name="Cue">The cue's spans ("said", "according to").</param>
/// <param name="Content">The content's spans; a quote interrupted by "he said" has two.</param>
/// <param name="Speaker">Who the source is, resolved to a known actor where possible.</param>
/// <param name="ReportedBy">The id of the attribution that reports this one, for nested chains.</param>
/// <param name="Confidence">The probability that the attribution is right, calibrated on held-out annotated articles (fast mode: a rule's fixed score).</param>
/// <param name="Chain">Who passed it on, outermost first (the publisher when given), ending with the speaker.</param>
public sealed record AttributionResponse(
    string Id,
    ClaimKind Kind,
    IReadOnlyList<SpanResponse> Source,
    IReadOnlyList<SpanResponse> Cue,
    IReadOnlyList<SpanResponse> Content,
    SpeakerResponse? Speaker,
    string? ReportedBy,
    double Confidence,
    IReadOnlyList<ChainStepResponse> Chain);

/// <summary>A slice of the text.</summary>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last.</param>
/// <param name="Text">The sliced text.</param>
public sealed record SpanResponse(int Start, int End, string Text);

/// <summary>The speaker: a name, the actor it resolved to, and whether the source is anonymous.</summary>
public sealed record SpeakerResponse(string Name, Guid? ActorId, bool IsAnonymous);

/// <summary>One link of a proposed chain.</summary>
public sealed record ChainStepResponse(string Name, Guid? ActorId, bool IsAnonymous, bool IsPublisher, string? AttributionId);

/// <summary>An actor the API could create for an unknown speaker.</summary>
public sealed record ActorSuggestionResponse(string Name, ActorKind Kind);

/// <summary>What running extraction on a stored article changed.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Mode">Which engine ran: `accurate` or `fast`.</param>
/// <param name="Removed">Machine-made claims replaced by this run.</param>
/// <param name="Skipped">Attributions found but not stored because their confidence was below `minConfidence`.</param>
/// <param name="Claims">The claims now stored from this run.</param>
/// <param name="NewActors">Speakers stored by description because no actor matched; create them to link future runs.</param>
public sealed record ArticleExtractionResponse(Guid ArticleId, ExtractionMode Mode, int Removed, int Skipped, IReadOnlyList<Claims.ClaimResponse> Claims, IReadOnlyList<ActorSuggestionResponse> NewActors);
