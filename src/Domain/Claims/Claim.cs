namespace NewsroomClaims.Domain.Claims;

/// <summary>
/// A statement attributed to a speaker in an article, with the chain of who reported it. It is built by
/// <see cref="Create"/> and changed only by <see cref="Revise"/> and <see cref="Retract"/>, which keep its rules:
/// the chain runs from the outermost reporter to the speaker and ends with the speaker; every span lies inside the
/// article body; a retracted claim no longer changes. Named for the newsroom's word; code that also sees
/// System.Security.Claims should alias it.
/// </summary>
public sealed class Claim : Entity, ISortKeyed
{
    private readonly List<ChainLink> chain = [];
    private readonly List<ClaimSubject> subjects = [];

    private Claim()
    {
    }

    public Guid ArticleId { get; private set; }

    /// <summary>What was said, verbatim or paraphrased.</summary>
    public string Content { get; private set; } = "";

    /// <summary>The exact quoted words, when the article quotes them.</summary>
    public string? Quote { get; private set; }

    public ClaimKind Kind { get; private set; }
    public string? Cue { get; private set; }
    public ClaimOrigin Origin { get; private set; }

    /// <summary>The speaker as a known actor; null for an anonymous speaker, who has <see cref="SpeakerDescription"/>.</summary>
    public Guid? SpeakerId { get; private set; }

    public string? SpeakerDescription { get; private set; }
    public TextSpan? SpeakerSpan { get; private set; }
    public TextSpan? CueSpan { get; private set; }
    public TextSpan? ContentSpan { get; private set; }

    public DateOnly? SaidOn { get; private set; }
    public DatePrecision? SaidOnPrecision { get; private set; }

    /// <summary>The article's own words for the time, such as "in March" or "last week".</summary>
    public string? SaidOnText { get; private set; }

    /// <summary>Free topic labels. A list (not a read-only interface) because EF compares a list's snapshot cheaply; only <see cref="Revise"/> replaces it.</summary>
    public List<string> Topics { get; private set; } = [];
    public IReadOnlyList<ClaimSubject> Subjects => subjects;

    /// <summary>Outermost reporter first, the speaker last; never empty.</summary>
    public IReadOnlyList<ChainLink> Chain => chain;

    /// <summary>When the newsroom withdrew the claim; a retracted claim stays readable, as a published correction does.</summary>
    public DateTime? RetractedAt { get; private set; }

    /// <summary>Why it was retracted, as the correction would say.</summary>
    public string? RetractionReason { get; private set; }

    public bool Retracted => RetractedAt is not null;

    /// <summary>When it was said, else when the article appeared, else when recorded, as ticks: the keyset paging key.</summary>
    public long SortKey { get; private set; }

    /// <summary>Records a claim found in <paramref name="article"/>; 400-style <see cref="ClaimRuleException"/> when the draft breaks a rule.</summary>
    public static Claim Create(ArticleText article, ClaimDraft draft, ClaimOrigin origin = ClaimOrigin.Person)
    {
        var claim = new Claim { Origin = origin };
        claim.Apply(article, draft);
        return claim;
    }

    /// <summary>A person's edit: the claim now says what <paramref name="draft"/> says, and an engine claim becomes the person's.</summary>
    public void Revise(ArticleText article, ClaimDraft draft)
    {
        EnsureNotRetracted();
        Apply(article, draft);
        Origin = ClaimOrigin.Person;
        Touch();
    }

    /// <summary>Marks the claim retracted with the newsroom's reason; it is kept and stays readable, but no longer changes.</summary>
    public void Retract(string reason, DateTime? at = null)
    {
        EnsureNotRetracted();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ClaimRuleException("A retraction needs a reason.");
        }

        RetractedAt = at ?? Now();
        RetractionReason = reason.Trim();
        Touch();
    }

    /// <summary>What the claim says now, as a draft that would recreate it (a merge patch starts from this).</summary>
    public ClaimDraft ToDraft() => new(
        Content,
        Kind,
        chain[^1].ToDraft(),
        chain.Take(chain.Count - 1).Select(l => l.ToDraft()).ToList(),
        Quote,
        Cue,
        CueSpan,
        ContentSpan,
        SaidOn is { } date ? new ApproximateDate(date, SaidOnPrecision ?? DatePrecision.Day, SaidOnText) : null,
        [.. Topics],
        subjects.ConvertAll(s => s.ActorId));

    /// <summary>True when every span of the claim and its chain lies inside a body of <paramref name="bodyLength"/> characters.</summary>
    public bool FitsIn(int bodyLength) => Spans(CueSpan, ContentSpan, chain.Select(l => l.ToDraft())).All(s => s.FitsIn(bodyLength));

    private void Apply(ArticleText article, ClaimDraft draft)
    {
        var reporters = draft.ReportedBy ?? [];
        Check(article, draft, reporters);

        ArticleId = article.Id;
        Content = draft.Content.Trim();
        Quote = draft.Quote;
        Kind = draft.Kind;
        chain.Clear();
        foreach (var link in reporters.Append(draft.Speaker))
        {
            chain.Add(new ChainLink(Id, chain.Count, link));
        }

        var speaker = chain[^1];
        SpeakerId = speaker.ActorId;
        SpeakerDescription = speaker.Description;
        SpeakerSpan = speaker.Span;
        Cue = draft.Cue ?? speaker.Cue;
        CueSpan = draft.CueSpan ?? speaker.CueSpan;
        ContentSpan = draft.ContentSpan;
        SaidOn = draft.SaidOn?.Date;
        SaidOnPrecision = draft.SaidOn?.Precision;
        SaidOnText = draft.SaidOn?.Text;
        Topics = (draft.Topics ?? []).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        subjects.Clear();
        subjects.AddRange((draft.About ?? []).Distinct().Select(actorId => new ClaimSubject(Id, actorId)));
        SortKey = (SaidOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? article.PublishedAt ?? CreatedAt).Ticks;
    }

    private static void Check(ArticleText article, ClaimDraft draft, IReadOnlyList<LinkDraft> reporters)
    {
        if (string.IsNullOrWhiteSpace(draft.Content))
        {
            throw new ClaimRuleException("A claim needs content.");
        }

        if (reporters.Append(draft.Speaker).Any(l => l is null || (l.ActorId is null && string.IsNullOrWhiteSpace(l.Description))))
        {
            throw new ClaimRuleException("Every link of the chain, the speaker included, needs an actor or a description.");
        }

        var outside = Spans(draft.CueSpan, draft.ContentSpan, reporters.Append(draft.Speaker))
            .Where(s => !s.FitsIn(article.BodyLength)).Cast<TextSpan?>().FirstOrDefault();
        if (outside is { } span)
        {
            throw new ClaimRuleException($"The span [{span.Start}, {span.End}) does not lie inside the article body of {article.BodyLength} characters.");
        }
    }

    private static IEnumerable<TextSpan> Spans(TextSpan? cue, TextSpan? content, IEnumerable<LinkDraft> links) =>
        new[] { cue, content }.Concat(links.SelectMany(l => new[] { l.Span, l.CueSpan })).OfType<TextSpan>();

    /// <summary>Throws the claim's conflict when it may no longer change (it was retracted).</summary>
    public void EnsureChangeable() => EnsureNotRetracted();

    private void EnsureNotRetracted()
    {
        if (Retracted)
        {
            throw new ClaimRuleException(
                $"Claim {Id} was retracted on {RetractedAt:u}; a retracted claim is kept as it was. Record a new claim instead.", isConflict: true);
        }
    }
}
