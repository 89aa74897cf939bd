namespace NewsroomClaims.Api.Samples;

/// <summary>The story the product started from, shipped in the assembly so the API never depends on a working directory.</summary>
public static class SeedStory
{
    public static string Headline => Lines.Value.Headline;

    public static string Body => Lines.Value.Body;

    public static DateTime PublishedAt { get; } = new(2025, 4, 30, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<(string Headline, string Body)> Lines = new(Read);

    private static (string, string) Read()
    {
        using var stream = typeof(SeedStory).Assembly.GetManifestResourceStream("seed-story.txt")
            ?? throw new InvalidOperationException("The seed story is not embedded in the assembly.");
        using var reader = new StreamReader(stream);

        // Line 1 is the wire's metadata ("date 2025-04-30 403"), line 2 the headline, the rest the body.
        var lines = reader.ReadToEnd().ReplaceLineEndings("\n").Split('\n');
        return (lines[1].Trim(), string.Join('\n', lines.Skip(2)).TrimEnd());
    }
}
