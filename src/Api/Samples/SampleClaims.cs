using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Samples;

/// <summary>
/// Every attributed statement of the seed story, entered by hand. Spans are found by searching the
/// body for the words given here (after an anchor where a word recurs), so they always slice the
/// body exactly; a changed text fails loudly instead of pointing at the wrong words.
/// </summary>
internal sealed class SampleClaims
{
    private readonly string body;
    private readonly Article article;

    private SampleClaims(Article article)
    {
        this.article = article;
        body = article.Body;
    }

    public List<Claim> Claims { get; } = [];
    public List<ClaimRelation> Relations { get; } = [];

    public static SampleClaims Build(Article article, SampleActors a)
    {
        var s = new SampleClaims(article);
        var wire = s.Link(a.Menafn, "MENAFN", after: "(");
        var bloomberg = s.Link(a.Bloomberg, "Bloomberg", "According to");

        var meeting = s.Add(ClaimKind.Indirect, "US special envoy Steve Witkoff met with Russian President Vladimir Putin last week to propose a ceasefire in Ukraine that would freeze the conflict along the current frontlines",
            [wire], bloomberg, about: [a.Witkoff, a.Putin, a.Ukraine], topics: ["ceasefire"]);

        s.Add(ClaimKind.Indirect, "Putin remained firm on Russia’s terms",
            [wire, bloomberg], s.Anonymous("sources", "say", after: "conversation, "), about: [a.Putin, a.Russia], topics: ["ceasefire"]);

        s.Add(ClaimKind.Indirect, "playing a central role in facilitating negotiations",
            [wire, bloomberg], s.Anonymous(null, "reportedly", span: false), about: [a.Witkoff], topics: ["negotiations"]);

        var demand = s.Add(ClaimKind.Indirect, "any peace agreement must include official recognition of the four Ukrainian regions—Donetsk, Lugansk, Kherson, and Zaporozhye—that Russia claimed in 2022 after holding referendums",
            [wire, bloomberg, s.Anonymous("Sources familiar with the talks", "said")], s.Link(a.Putin, "Putin", "reiterated", after: "talks said "),
            about: [a.Russia, a.Ukraine], topics: ["territory", "peace agreement"],
            saidOn: new(new DateOnly(2025, 4, 1), DatePrecision.Month, "last week"));

        var crimea = s.Add(ClaimKind.Indirect, "Crimea, annexed in 2014, is permanently off the negotiating table",
            [wire], s.Link(a.Russia, "Russia", "insists", after: "referendums. "), about: [a.Ukraine], topics: ["Crimea", "territory"]);

        s.Add(ClaimKind.Indirect, "recognition of current territorial realities is essential for lasting peace",
            [wire], s.Link(a.Russia, "Russia", "emphasizing", after: "referendums. "), topics: ["territory"]);

        var offer = s.Add(ClaimKind.Mixed, "the US, under President Trump, had presented Kiev with what it called a “final offer,” which included formal US recognition of Crimea as Russian territory and informal acknowledgment of Russia’s control over the four additional regions",
            [wire], s.Link(a.Axios, "Axios", "reported"), quote: "final offer", about: [a.UnitedStates, a.Ukraine, a.Russia], topics: ["Crimea", "peace plan"]);

        s.Add(ClaimKind.Direct, "final offer",
            [wire, s.Link(a.Axios, "Axios", "reported")], s.Link(a.UnitedStates, "it", "called", after: "with what "), quote: "final offer",
            about: [a.Ukraine], topics: ["peace plan"]);

        var rejection = s.Add(ClaimKind.Indirect, "the idea of ceding Crimea",
            [wire], s.Link(a.Zelensky, "Ukrainian President Vladimir Zelensky", "responded by firmly rejecting"),
            about: [a.Ukraine, a.Russia], topics: ["Crimea", "territory"]);

        var warning = s.Add(ClaimKind.Mixed, "Ukraine could “lose everything” if it delayed peace talks",
            [wire], s.Link(a.Trump, "Trump", "warn", after: "prompting "), quote: "lose everything", about: [a.Ukraine, a.Zelensky], topics: ["peace talks"]);

        var compromise = s.Add(ClaimKind.Indirect, "Zelensky might be willing to compromise on the peninsula after a conversation during Pope Francis’ funeral",
            [wire], s.Link(a.Trump, "Trump", "claimed", after: "everything” if it delayed peace talks. "), about: [a.Zelensky, a.Ukraine], topics: ["Crimea"]);

        var stalled = s.Add(ClaimKind.Indirect, "the peace talks have now stalled, and further progress may require direct negotiations between Trump and Putin",
            [wire], s.Link(a.Bloomberg, "Bloomberg", "reports", after: "Despite these efforts, "), about: [a.Trump, a.Putin], topics: ["peace talks"]);

        s.Add(ClaimKind.Indirect, "a shared goal of achieving a durable peace",
            [wire, s.Link(a.Bloomberg, "Bloomberg", "reports", after: "Despite these efforts, ")], s.Anonymous("The two leaders", "reaffirming"),
            about: [a.Trump, a.Putin], topics: ["peace talks"], saidOn: new(new DateOnly(2025, 3, 1), DatePrecision.Month, "in March"));

        var meetingPromise = s.Add(ClaimKind.Mixed, "a face-to-face meeting between Trump and Putin “will take place,” but only when the timing is right",
            [wire], s.Link(a.Peskov, "Kremlin spokesperson Dmitry Peskov", "stated"), quote: "will take place", about: [a.Trump, a.Putin], topics: ["summit"]);

        s.Relate(rejection, compromise, RelationKind.Contradicts, "Zelensky rejects ceding Crimea; Trump says he may compromise on the peninsula.");
        s.Relate(warning, rejection, RelationKind.RespondsTo, "Trump's warning answers Zelensky's rejection.");
        s.Relate(crimea, offer, RelationKind.Supports, "The reported US offer would recognise Crimea as Russian, as Russia insists.");
        s.Relate(meetingPromise, stalled, RelationKind.RespondsTo, "The Kremlin's answer to talk of a direct Trump–Putin negotiation.");
        s.Relate(demand, meeting, RelationKind.RespondsTo, "Putin's terms in the talks Witkoff came to.");
        return s;
    }

    private Claim Add(ClaimKind kind, string content, LinkDraft[] reporters, LinkDraft speaker, Actor[]? about = null,
        string? quote = null, string[]? topics = null, ApproximateDate? saidOn = null)
    {
        var claim = Claim.Create(new ArticleText(article.Id, body.Length, article.PublishedAt), new ClaimDraft(
            content, kind, speaker, reporters, quote, ContentSpan: Find(content), SaidOn: saidOn, Topics: topics,
            About: (about ?? []).Select(a => a.Id).ToList()));
        Claims.Add(claim);
        return claim;
    }

    private LinkDraft Link(Actor actor, string name, string? cue = null, string? after = null)
    {
        var span = Find(name, after);

        // A cue may stand just before the name ("According to Bloomberg") or after it.
        return new LinkDraft(actor.Id, Span: span, Cue: cue, CueSpan: cue is null ? null : Find(cue, from: Math.Max(0, span.Start - 60)));
    }

    private LinkDraft Anonymous(string? description, string cue, string? after = null, bool span = true) =>
        new(null, description ?? "unnamed reports", span && description is not null ? Find(description, after) : null, cue, Find(cue, after));

    private void Relate(Claim from, Claim to, RelationKind kind, string note) =>
        Relations.Add(new ClaimRelation { FromClaimId = from.Id, ToClaimId = to.Id, Kind = kind, Note = note });

    private TextSpan Find(string text, string? after = null, int from = 0)
    {
        if (after is not null)
        {
            var anchor = body.IndexOf(after, from, StringComparison.Ordinal);
            from = anchor < 0 ? throw new InvalidOperationException($"Sample anchor '{after}' is not in the seed story.") : anchor;
        }

        var start = body.IndexOf(text, from, StringComparison.Ordinal);
        return start < 0
            ? throw new InvalidOperationException($"Sample text '{text}' is not in the seed story.")
            : new TextSpan(start, start + text.Length);
    }
}
