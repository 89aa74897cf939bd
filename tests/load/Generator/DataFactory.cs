using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;
using NewsroomClaims.Domain.Claims;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Load;

/// <summary>Deterministic (seeded) actors, articles and claims with realistic-ish shapes.</summary>
internal sealed class DataFactory(int seed)
{
    public const int Outlets = 200;
    private static readonly DateTime Epoch = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] OutletSuffixes = ["Times", "Herald"];
    private readonly Random random = new(seed);

    public List<Actor> Actors(int count)
    {
        var actors = new List<Actor>(count);
        for (var i = 0; i < count; i++)
        {
            if (i < Outlets)
            {
                actors.Add(new Actor($"{Words.LastNames[i % Words.LastNames.Length]} {OutletSuffixes[i / Words.LastNames.Length % 2]} {i / 200 + 1}", ActorKind.Outlet));
                continue;
            }

            var j = i - Outlets;
            var first = Words.FirstNames[j % Words.FirstNames.Length];
            var last = Words.LastNames[j / Words.FirstNames.Length % Words.LastNames.Length];
            var middle = j >= 5000 ? $" {(char)('A' + j / 5000 - 1)}." : "";
            string[] aliases = j % 3 == 0 ? [$"{last}, {first}{middle}"] : [];
            actors.Add(new Actor($"{first}{middle} {last}", ActorKind.Person, aliases));
        }

        return actors;
    }

    public Article Article(int index, IReadOnlyList<Actor> actors)
    {
        var published = Epoch.AddMinutes(random.Next(0, 6 * 365 * 24 * 60));
        var article = new Article
        {
            Headline = Capitalised(Sentence(7, 11)),
            PublisherId = actors[random.Next(Outlets)].Id,
            CanonicalUrl = $"https://news.example/{published:yyyy/MM/dd}/{index}",
            PublishedAt = published,
            Language = "en",
            Byline = actors[Outlets + random.Next(actors.Count - Outlets)].Name,
            Body = string.Join(". ", Enumerable.Range(0, random.Next(8, 14)).Select(_ => Capitalised(Sentence(10, 18)))) + ".",
        };
        article.RefreshSortKey();
        return article;
    }

    /// <summary>A claim built as the API builds one (<see cref="DomainClaim.Create"/>), with a chain of 1-3 links and 0-2 subjects.</summary>
    public DomainClaim Claim(Article article, IReadOnlyList<Actor> actors)
    {
        var kind = (ClaimKind)random.Next(3);
        var cue = Pick(Words.Cues);
        var quote = kind == ClaimKind.Indirect ? null : Sentence(4, 9);
        var content = Sentence(10, 20);
        var saidOn = random.Next(4) == 0 ? new ApproximateDate(DateOnly.FromDateTime(article.PublishedAt!.Value.AddDays(-random.Next(1, 8)))) : null;
        var topics = Enumerable.Range(0, random.Next(3)).Select(_ => Pick(Words.Topics)).Distinct().ToList();

        // Up to two reporters (usually outlets), then the speaker.
        var reporters = Enumerable.Range(0, random.Next(3))
            .Select(r => new LinkDraft(actors[r == 0 ? random.Next(Outlets) : random.Next(actors.Count)].Id, Cue: "according to")).ToList();
        var speaker = new LinkDraft(actors[Outlets + random.Next(actors.Count - Outlets)].Id, Cue: cue);
        var about = Enumerable.Range(0, random.Next(3)).Select(_ => actors[random.Next(actors.Count)].Id).ToList();
        return DomainClaim.Create(new ArticleText(article.Id, article.Body.Length, article.PublishedAt),
            new ClaimDraft(content, kind, speaker, reporters, quote, cue, SaidOn: saidOn, Topics: topics, About: about));
    }

    private string Sentence(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Pick(Words.Common)));

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
