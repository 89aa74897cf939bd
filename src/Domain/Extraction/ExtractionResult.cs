namespace NewsroomClaims.Domain.Extraction;

/// <summary>What the extractor found in one text.</summary>
public sealed record ExtractionResult(IReadOnlyList<ExtractedAttribution> Attributions, IReadOnlyList<ActorSuggestion> NewActors)
{
    /// <summary>The publisher given in the options; it heads every chain when present.</summary>
    public string? Publisher { get; init; }

    public Guid? PublisherActorId { get; init; }

    /// <summary>Which engine produced the result.</summary>
    public ExtractionMode Mode { get; init; } = ExtractionMode.Fast;

    /// <summary>
    /// The chain for one attribution, outermost first: publisher, then each reporter, then the speaker.
    /// Walks ReportedBy links; a visited set guards against a malformed (cyclic) result built by hand.
    /// </summary>
    public IReadOnlyList<ChainStep> ChainOf(ExtractedAttribution attribution)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        var byId = new Dictionary<string, ExtractedAttribution>(Attributions.Count, StringComparer.Ordinal);
        foreach (var a in Attributions)
        {
            byId.TryAdd(a.Id, a);
        }

        var steps = new List<ChainStep>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = attribution; current is not null && seen.Add(current.Id);)
        {
            steps.Add(StepFor(current));
            current = current.ReportedBy is { } parent && byId.TryGetValue(parent, out var p) ? p : null;
        }

        if (!string.IsNullOrWhiteSpace(Publisher))
        {
            steps.Add(new ChainStep(Publisher, PublisherActorId, false, true, null, null, null));
        }

        steps.Reverse();
        return steps;
    }

    public IReadOnlyList<ChainStep> ChainOf(string attributionId) =>
        Attributions.FirstOrDefault(a => a.Id == attributionId) is { } a
            ? ChainOf(a)
            : throw new ArgumentException($"No attribution with id '{attributionId}'.", nameof(attributionId));

    private static ChainStep StepFor(ExtractedAttribution a)
    {
        var source = a.Source.Count > 0 ? a.Source[0] : null;
        var cue = a.Cue.Count > 0 ? a.Cue[0] : null;
        var name = a.Speaker?.Name ?? source?.Text ?? "(unattributed)";
        return new ChainStep(name, a.Speaker?.ActorId, a.Speaker?.IsAnonymous ?? false, false, a.Id, source, cue);
    }
}
