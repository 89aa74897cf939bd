namespace NewsroomClaims.Api.Data;

/// <summary>Column lengths, shared by the EF model and the request validators so they cannot drift apart.</summary>
public static class Limits
{
    public const int Name = 200;
    public const int Headline = 500;
    public const int Url = 2048;
    public const int Description = 2000;
    public const int Cue = 200;
    public const int Content = 10_000;
    public const int Topic = 100;
    public const int Topics = 50;
    public const int Aliases = 100;

    /// <summary>Article bodies up to 1 MB of text, matching the request body limit.</summary>
    public const int Body = 1_000_000;
}
