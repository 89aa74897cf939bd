using System.Data.Common;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NewsroomClaims.Api.Search;

/// <summary>
/// How many indexed documents hold each search phrase, for ranking (<see cref="Fts5Bm25"/>). Counting walks the
/// phrase's whole posting list, so the counts of common phrases are kept for <see cref="SearchOptions.TermCountsFor"/>:
/// a common phrase's count moves little in that time (a word in 100,000 of a million documents changes its weight by
/// under 1% until some 1,000 more documents hold it), and a search of common words no longer pays milliseconds for it.
/// Rare phrases are counted every time: that is cheap, and one new document changes their weight.
/// </summary>
internal sealed class SearchTermCounts(IOptions<SearchOptions> options) : IDisposable
{
    /// <summary>Counts below this are cheap to take (a short posting list) and move with each write, so they are not kept.</summary>
    public const long KeptFrom = 1_000;

    private const string CountSql = """SELECT count(*) FROM "SearchText" WHERE "SearchText" MATCH $phrase""";

    private readonly MemoryCache counts = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public async Task<long[]> CountAsync(DbConnection connection, IEnumerable<string> phrases, CancellationToken cancellationToken)
    {
        var result = new List<long>();
        foreach (var phrase in phrases)
        {
            if (!counts.TryGetValue(phrase, out long count))
            {
                await using var command = SqliteSearchEngine.Command(connection, CountSql);
                SqliteSearchEngine.Add(command, "$phrase", phrase);
                count = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
                if (count >= KeptFrom && options.Value.TermCountsFor > TimeSpan.Zero)
                {
                    counts.Set(phrase, count, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = options.Value.TermCountsFor });
                }
            }

            result.Add(count);
        }

        return [.. result];
    }

    public void Dispose() => counts.Dispose();
}
