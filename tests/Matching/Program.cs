using NewsroomClaims.Matching;

var root = args.Length > 1 && Directory.Exists(args[1]) ? args[1] : Environment.GetEnvironmentVariable("POLNEAR_ROOT") ?? "/work/shared/data/polnear";
var cache = Environment.GetEnvironmentVariable("MATCHING_CACHE") ?? Path.Combine(Repo.Root(), "artifacts", "matching");
return args.FirstOrDefault() switch
{
    "quality" => QualityBenchmark.Run(root, cache),
    "throughput" => Throughput.Run(root),
    "explain" => Explain.Run(root, cache),
    "synthetic-recall" => SyntheticRecall.Run(Arg(1, 1_000_000), Arg(2, 200)),
    "audit" => Audit.Run(root, cache, double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

int Arg(int at, int fallback) => args.Length > at ? int.Parse(args[at], System.Globalization.CultureInfo.InvariantCulture) : fallback;

static int Usage()
{
    Console.Error.WriteLine("usage: quality [polnearRoot] | throughput [polnearRoot] | explain [polnearRoot] | audit LO HI | synthetic-recall [claims] [queries]" +
        "   (polnearRoot holds train/ and dev/; default /work/shared/data/polnear)");
    return 2;
}

internal static class Repo
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsroomClaims.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
