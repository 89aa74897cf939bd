namespace NewsroomClaims.Domain.Extraction;

/// <summary>Which engine reads the text.</summary>
public enum ExtractionMode
{
    /// <summary>The learned model (rules feed it as hints); the default when a model is loaded.</summary>
    Accurate,

    /// <summary>The rules alone: several megabytes a second, no model needed.</summary>
    Fast,
}
