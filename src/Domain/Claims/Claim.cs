namespace NewsroomClaims.Domain.Claims;

/// <summary>
/// A statement attributed to a speaker in an article, with the chain of who reported it.
/// Named for the newsroom's word; code that also sees System.Security.Claims should alias it.
/// </summary>
public sealed class Claim : Entity, ISortKeyed
{
    public Guid ArticleId { get; set; }

    /// <summary>What was said, verbatim or paraphrased.</summary>
    public string Content { get; set; } = "";

    /// <summary>The exact quoted words, when the article quotes them.</summary>
    public string? Quote { get; set; }

    public ClaimKind Kind { get; set; }
    public string? Cue { get; set; }
    public ClaimOrigin Origin { get; set; } = ClaimOrigin.Person;

    /// <summary>The speaker as a known actor; null for an anonymous speaker, who has <see cref="SpeakerDescription"/>.</summary>
    public Guid? SpeakerId { get; set; }

    public string? SpeakerDescription { get; set; }

    public DateOnly? SaidOn { get; set; }
    public DatePrecision? SaidOnPrecision { get; set; }

    /// <summary>The article's own words for the time, such as "in March" or "last week".</summary>
    public string? SaidOnText { get; set; }

    public int? SpeakerStart { get; set; }
    public int? SpeakerEnd { get; set; }
    public int? CueStart { get; set; }
    public int? CueEnd { get; set; }
    public int? ContentStart { get; set; }
    public int? ContentEnd { get; set; }

    public List<string> Topics { get; set; } = [];
    public List<ClaimSubject> Subjects { get; private set; } = [];

    /// <summary>Outermost reporter first, the speaker last; never empty once saved.</summary>
    public List<ChainLink> Chain { get; private set; } = [];

    /// <summary>When the newsroom withdrew the claim; a retracted claim stays readable, as a published correction does.</summary>
    public DateTime? RetractedAt { get; set; }

    /// <summary>Why it was retracted, as the correction would say.</summary>
    public string? RetractionReason { get; set; }

    public bool Retracted => RetractedAt is not null;

    /// <summary>When it was said, else when the article appeared, else when recorded, as ticks: the keyset paging key.</summary>
    public long SortKey { get; set; }

    public TextSpan? SpeakerSpan => TextSpan.From(SpeakerStart, SpeakerEnd);
    public TextSpan? CueSpan => TextSpan.From(CueStart, CueEnd);
    public TextSpan? ContentSpan => TextSpan.From(ContentStart, ContentEnd);

    /// <summary>Sets the chain from reporters (outermost first) and the speaker, who becomes the last link.</summary>
    public void SetChain(IEnumerable<ChainLink> reporters, ChainLink speaker)
    {
        Chain.Clear();
        foreach (var link in reporters.Append(speaker))
        {
            link.ClaimId = Id;
            link.Position = Chain.Count;
            Chain.Add(link);
        }

        SpeakerId = speaker.ActorId;
        SpeakerDescription = speaker.Description;
        SpeakerStart = speaker.SpanStart;
        SpeakerEnd = speaker.SpanEnd;
        Cue ??= speaker.Cue;
        CueStart ??= speaker.CueStart;
        CueEnd ??= speaker.CueEnd;
    }

    public void SetSubjects(IEnumerable<Guid> actorIds)
    {
        Subjects.Clear();
        foreach (var actorId in actorIds.Distinct())
        {
            Subjects.Add(new ClaimSubject { ClaimId = Id, ActorId = actorId });
        }
    }

    public void Retract(string reason)
    {
        RetractedAt = DateTime.UtcNow;
        RetractionReason = reason.Trim();
        Touch();
    }

    public void RefreshSortKey(DateTime? articlePublishedAt) =>
        SortKey = (SaidOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? articlePublishedAt ?? CreatedAt).Ticks;
}
