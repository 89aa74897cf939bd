using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Matching;
using NewsroomClaims.Domain.Articles;
using NewsroomClaims.Domain.Matching;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Load;

/// <summary>
/// Fills an empty database with generated actors, articles and claims. Rows are built as domain objects (ids,
/// sort keys, name keys as the API makes them) and written in bulk: migrations come from the API's own model.
/// Usage: generator --provider Sqlite|Postgres --connection "..." [--claims 1000000] [--articles 100000] [--actors 10000]
///   [--embeddings yes]: also a claim embedding per claim, from <see cref="SyntheticVectors"/> (tests/load/matching.sh)
/// </summary>
internal static class GeneratorProgram
{
    private static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: generator --provider Sqlite|Postgres --connection CS [--claims N] [--articles N] [--actors N] [--seed N] [--embeddings yes]");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        await using (var db = options.CreateContext())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.MigrateAsync();
            if (await db.Claims.AnyAsync() || await db.Actors.AnyAsync())
            {
                Console.Error.WriteLine("The database is not empty; generate into a fresh one.");
                return 1;
            }

            await BulkLoad.BeforeAsync(db, options.Provider);
        }

        var data = new DataFactory(options.Seed);
        var actors = data.Actors(options.Actors);
        var names = actors.ToDictionary(a => a.Id, a => a.Name);
        await using var writer = await options.OpenWriterAsync();
        await writer.WriteAsync(Tables.Actors, actors);
        await writer.WriteAsync(Tables.ActorNames, actors.SelectMany(a => a.Names).ToList());
        Console.WriteLine($"{actors.Count} actors in {clock.Elapsed.TotalSeconds:F0} s");

        var articlesPerBatch = 500;
        var claimsPerArticle = (double)options.Claims / options.Articles;
        var claimsMade = 0;
        for (var start = 0; start < options.Articles; start += articlesPerBatch)
        {
            var articles = new List<Article>();
            var claims = new List<DomainClaim>();
            for (var i = start; i < Math.Min(start + articlesPerBatch, options.Articles); i++)
            {
                var article = data.Article(i, actors);
                articles.Add(article);
                var target = (int)Math.Round((i + 1) * claimsPerArticle);
                for (; claimsMade < target; claimsMade++)
                {
                    claims.Add(data.Claim(article, actors));
                }
            }

            await writer.WriteAsync(Tables.Articles, articles);
            await writer.WriteAsync(Tables.Claims, claims.ConvertAll(c => (c, ClaimDocument.Serialize(ClaimDocument.Build(c, names)))));
            await writer.WriteAsync(Tables.ChainLinks, claims.SelectMany(c => c.Chain).ToList());
            await writer.WriteAsync(Tables.ClaimSubjects, claims.SelectMany(c => c.Subjects).ToList());
            if (options.Embeddings)
            {
                var first = claimsMade - claims.Count;
                await writer.WriteAsync(Tables.ClaimEmbeddings, claims.Select((c, i) => Embedding(c, first + i, options.Claims)).ToList());
            }

            if ((start / articlesPerBatch) % 20 == 0)
            {
                Console.WriteLine($"{start + articlesPerBatch} articles, {claimsMade} claims in {clock.Elapsed.TotalSeconds:F0} s");
            }
        }

        await using (var db = options.CreateContext())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            Console.WriteLine($"rows written in {clock.Elapsed.TotalSeconds:F0} s; building the search index and statistics");
            await BulkLoad.AfterAsync(db, options.Provider);
        }

        Console.WriteLine($"generated {options.Actors} actors, {options.Articles} articles, {claimsMade} claims in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    /// <summary>The row the matching worker would store for claim number <paramref name="index"/>, its vector synthetic.</summary>
    private static ClaimEmbedding Embedding(DomainClaim claim, int index, int total)
    {
        var (code, vector) = VectorCodes.Pack([SyntheticVectors.Of(index, total)]);
        return new ClaimEmbedding
        {
            ClaimId = claim.Id,
            Seq = index + 1,
            Model = SentenceEmbedder.ModelName,
            ContentHash = ClaimEmbedder.ContentHash(claim.Content),
            Code = code,
            Vector = vector,
            SpeakerId = claim.SpeakerId,
            SortKey = claim.SortKey,
            Active = true,
            EmbeddedAt = claim.CreatedAt,
        };
    }
}

internal sealed record Options(DatabaseProvider Provider, string Connection, int Claims, int Articles, int Actors, int Seed, bool Embeddings)
{
    public static Options? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        if (!values.TryGetValue("provider", out var provider) || !Enum.TryParse<DatabaseProvider>(provider, true, out var parsed)
            || !values.TryGetValue("connection", out var connection))
        {
            return null;
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        return new Options(parsed, connection, Number("claims", 1_000_000), Number("articles", 100_000), Number("actors", 10_000), Number("seed", 42),
            values.TryGetValue("embeddings", out var embeddings) && embeddings is "yes" or "true" or "1");
    }

    public async Task<IBulkWriter> OpenWriterAsync() => Provider == DatabaseProvider.Postgres
        ? await PostgresBulkWriter.OpenAsync(Connection)
        : await SqliteBulkWriter.OpenAsync(Connection);

    public AppDbContext CreateContext() => Provider == DatabaseProvider.Postgres
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(Connection).Options)
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(Connection).Options);
}
