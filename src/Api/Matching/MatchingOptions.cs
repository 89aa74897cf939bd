namespace NewsroomClaims.Api.Matching;

/// <summary>Claim matching settings (section "Matching").</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>Embed claims and keep the index in this instance (off: the matching endpoints answer 503).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Cosine at or above which a claim joins a statement of its speaker (chosen on PolNeAR train; see README).</summary>
    public double StatementThreshold { get; set; } = 0.80;

    /// <summary>The <c>minScore</c> of a request that sends none.</summary>
    public double DefaultMinScore { get; set; } = 0.5;

    /// <summary>Codes nearest by Hamming distance that are re-ranked in memory against the query's floats (see <see cref="Domain.Matching.CodeScorer"/>).</summary>
    public int Shortlist { get; set; } = 2000;

    /// <summary>Claims of the re-ranked shortlist whose int8 vectors are read for exact re-scoring (at least; deeper pages take more).</summary>
    public int Candidates { get; set; } = 200;

    /// <summary>How deep the pages of one search go.</summary>
    public int MaxResults { get; set; } = 500;

    /// <summary>Claims the worker embeds in one go.</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>
    /// How long the worker waits for a lull in write requests before embedding the next batch anyway: during a burst of
    /// writes (an archive import) embedding, the costliest work the API does, would otherwise take a core from the
    /// writers. Zero embeds at once.
    /// </summary>
    public TimeSpan YieldToWritesFor { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the worker looks for jobs when nothing woke it (jobs another instance queued, a restart).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the in-memory index reads the embeddings other instances wrote.</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Folder for the model's files (laid out from the package once); the system's temp folder when empty.</summary>
    public string? ModelCache { get; set; }
}
