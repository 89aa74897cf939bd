namespace NewsroomClaims.Benchmarks;

/// <summary>Locates the PolNeAR texts at run time; the corpus is never copied into the repository.</summary>
internal static class Corpus
{
    public const string EnvVar = "POLNEAR_DIR";

    public static string ResolveDir(string? explicitDir = null)
    {
        var candidates = new[]
        {
            explicitDir,
            Environment.GetEnvironmentVariable(EnvVar),
            "/work/shared/data/polnear/dev",
            Path.Combine(FindRepoRoot() ?? ".", "..", "shared", "data", "polnear", "dev"),
        };
        foreach (var c in candidates)
        {
            if (!string.IsNullOrWhiteSpace(c) && Directory.Exists(Path.Combine(c, "text")))
            {
                return Path.GetFullPath(c);
            }
        }

        throw new DirectoryNotFoundException($"PolNeAR corpus not found; pass a directory or set {EnvVar}.");
    }

    public static IReadOnlyList<(string Name, string Text)> Load(string dir) =>
        [.. Directory.GetFiles(Path.Combine(dir, "text"), "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), ReadLikePython(f)))];

    // The scorer reads with Python's universal newlines, so "\r\n" must become "\n" for offsets to agree.
    private static string ReadLikePython(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsroomClaims.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
