namespace NewsroomClaims.Api.Tests.Infrastructure;

/// <summary>Appends the durability figures (requests, faults, 5xx, lost writes) to artifacts/durability-figures.txt for the report.</summary>
public static class Figures
{
    private static readonly Lock Gate = new();

    public static void Record(string line)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsroomClaims.slnx")))
        {
            directory = directory.Parent;
        }

        var artifacts = Path.Combine(directory?.FullName ?? Path.GetTempPath(), "artifacts");
        Directory.CreateDirectory(artifacts);
        lock (Gate)
        {
            File.AppendAllText(Path.Combine(artifacts, "durability-figures.txt"), $"{DateTime.UtcNow:u} {line}{Environment.NewLine}");
        }

        Console.WriteLine(line);
    }
}
