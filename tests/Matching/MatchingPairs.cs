namespace NewsroomClaims.Matching;

/// <summary>
/// The benchmark's labels. A pool of attributions with a speaker key; two in different articles by the same speaker
/// whose contents share a quoted run of <see cref="PolnearCorpus.RunLength"/> words are a positive pair, unless the
/// contents are word for word the same (then the surrounding paraphrase does not differ and the pair is left out, as
/// either method finds it). Every other pair of attributions in different articles is a negative, same speaker or not.
/// </summary>
internal sealed class MatchingPairs
{
    private readonly HashSet<(int, int)> positives = [];
    private readonly HashSet<(int, int)> identical = [];

    public MatchingPairs(IReadOnlyList<Attribution> pool)
    {
        Pool = pool;
        var byRun = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < pool.Count; i++)
        {
            foreach (var run in pool[i].QuotedRuns)
            {
                if (!byRun.TryGetValue(run, out var list))
                {
                    byRun[run] = list = [];
                }

                list.Add(i);
            }
        }

        var normalized = pool.Select(a => string.Join(' ', PolnearCorpus.Words(a.Content))).ToList();
        foreach (var sharing in byRun.Values.Where(l => l.Count > 1))
        {
            foreach (var a in sharing)
            {
                foreach (var b in sharing)
                {
                    if (a < b && pool[a].Article != pool[b].Article && pool[a].Speaker == pool[b].Speaker)
                    {
                        (normalized[a] == normalized[b] ? identical : positives).Add((a, b));
                    }
                }
            }
        }

        PositivesOf = pool.Select(_ => new List<int>()).ToArray();
        foreach (var (a, b) in positives)
        {
            PositivesOf[a].Add(b);
            PositivesOf[b].Add(a);
        }
    }

    public IReadOnlyList<Attribution> Pool { get; }

    public List<int>[] PositivesOf { get; }

    public int PositiveCount => positives.Count;

    public int IdenticalCount => identical.Count;

    public bool IsPositive(int a, int b) => positives.Contains(Ordered(a, b));

    /// <summary>A pair the benchmark counts: different articles, and not a word-for-word repeat.</summary>
    public bool Counts(int a, int b) => Pool[a].Article != Pool[b].Article && !identical.Contains(Ordered(a, b));

    private static (int, int) Ordered(int a, int b) => a < b ? (a, b) : (b, a);
}
