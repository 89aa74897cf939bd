namespace NewsroomClaims.Domain.Extraction.Training;

/// <summary>Everything that decides the trained weights. Same options and documents, same model file.</summary>
public sealed record AttributionTrainingOptions
{
    /// <summary>
    /// MiniLM layers whose output feeds the model (1-6): fewer is faster at extraction time. Three read PolNeAR dev best
    /// (attribution F1 75.6 against 74.7 with four; six learned clearly worse cue taggers) and cost half of six.
    /// </summary>
    public int Layers { get; init; } = 3;

    public int Threads { get; init; } = 2;

    public int Seed { get; init; } = 17;

    public int CueHidden { get; init; } = 256;

    public int CueEpochs { get; init; } = 3;

    public float CueLearningRate { get; init; } = 1e-3f;

    public int RoleHidden { get; init; } = 256;

    public int RoleEpochs { get; init; } = 2;

    public float RoleLearningRate { get; init; } = 5e-4f;

    /// <summary>Share of inputs dropped while training (both stages): the vectors are frozen, so the networks overfit fast.</summary>
    public float InputDropout { get; init; } = 0.2f;

    public float HiddenDropout { get; init; } = 0.3f;

    /// <summary>Every n-th training document is held out to pick epochs, the cue threshold and calibration.</summary>
    public int HoldOutEvery { get; init; } = 10;

    /// <summary>Where raw encoder vectors may be cached between runs (they only depend on the text and layers); null: none.</summary>
    public string? VectorCache { get; init; }
}
