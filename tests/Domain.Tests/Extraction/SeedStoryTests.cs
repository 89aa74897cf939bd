using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Extraction;
using static NewsroomClaims.Domain.Tests.Extraction.ExtractionAssertions;

namespace NewsroomClaims.Domain.Tests.Extraction;

/// <summary>
/// Runs the engine over samples/seed-story.txt (read from the repository at test time, not copied here)
/// and checks the ten statements the product must find, with speakers and chains.
/// </summary>
public class SeedStoryTests
{
    private static readonly Guid Menafn = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Bloomberg = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Axios = Guid.Parse("00000000-0000-0000-0000-000000000003");
    private static readonly Guid Witkoff = Guid.Parse("00000000-0000-0000-0000-000000000004");
    private static readonly Guid Putin = Guid.Parse("00000000-0000-0000-0000-000000000005");
    private static readonly Guid Zelensky = Guid.Parse("00000000-0000-0000-0000-000000000006");
    private static readonly Guid Trump = Guid.Parse("00000000-0000-0000-0000-000000000007");
    private static readonly Guid Peskov = Guid.Parse("00000000-0000-0000-0000-000000000008");
    private static readonly Guid Russia = Guid.Parse("00000000-0000-0000-0000-000000000009");

    private static readonly Gazetteer Known = new(
    [
        new GazetteerEntry(Menafn, "MENAFN", ActorKind.Outlet, []),
        new GazetteerEntry(Bloomberg, "Bloomberg", ActorKind.Outlet, []),
        new GazetteerEntry(Axios, "Axios", ActorKind.Outlet, []),
        new GazetteerEntry(Witkoff, "Steve Witkoff", ActorKind.Person, ["Witkoff"]),
        new GazetteerEntry(Putin, "Vladimir Putin", ActorKind.Person, ["Putin"]),
        new GazetteerEntry(Zelensky, "Volodymyr Zelensky", ActorKind.Person, ["Zelenskyy", "Vladimir Zelensky", "Zelensky"]),
        new GazetteerEntry(Trump, "Donald Trump", ActorKind.Person, ["Trump", "President Trump"]),
        new GazetteerEntry(Peskov, "Dmitry Peskov", ActorKind.Person, ["Peskov"]),
        new GazetteerEntry(Russia, "Russia", ActorKind.Government, []),
    ]);

    private static readonly Lazy<(string Body, ExtractionResult Result)> Seed = new(() =>
    {
        var body = LoadBody();
        return (body, Run(body, new ExtractionOptions(Known, "MENAFN", new DateTime(2025, 4, 30, 0, 0, 0, DateTimeKind.Utc))));
    });

    [Fact]
    public void WitkoffMeetingIsAttributedToBloombergUnderThePublisher()
    {
        var a = Find(c => c.Contains("Witkoff met with", StringComparison.Ordinal));
        Assert.Equal(Bloomberg, a.Speaker?.ActorId);
        Assert.Equal("According to", Assert.Single(a.Cue).Text);
        Assert.Equal(["MENAFN", "Bloomberg"], ChainNames(a));
        Assert.True(Seed.Value.Result.ChainOf(a)[0].IsPublisher);
    }

    [Fact]
    public void PutinRemainedFirmIsFromAnonymousSourcesReportedByBloomberg()
    {
        var a = Find(c => c.Contains("Putin remained firm on Russia", StringComparison.Ordinal));
        Assert.Equal("sources", a.Speaker?.Name);
        Assert.True(a.Speaker?.IsAnonymous);
        Assert.Equal(["MENAFN", "Bloomberg", "sources"], ChainNames(a));
    }

    [Fact]
    public void PutinReiteratedIsNestedUnderSourcesFamiliarWithTheTalks()
    {
        var a = Find(c => c.StartsWith("that any peace agreement must include official recognition", StringComparison.Ordinal));
        Assert.Equal("reiterated", Assert.Single(a.Cue).Text);
        Assert.Equal(Putin, a.Speaker?.ActorId);
        var chain = ChainNames(a);
        Assert.Equal("MENAFN", chain[0]);
        Assert.Equal("Vladimir Putin", chain[^1]);
        Assert.Equal("Sources familiar with the talks", chain[^2]);
        var reporter = Seed.Value.Result.Attributions.Single(x => x.Id == a.ReportedBy);
        Assert.True(reporter.Speaker?.IsAnonymous);
    }

    [Fact]
    public void RussiaInsistsCrimeaIsOffTheTable()
    {
        var a = Find(c => c.Contains("Crimea, annexed in 2014, is permanently off the negotiating table", StringComparison.Ordinal));
        Assert.Equal(Russia, a.Speaker?.ActorId);
        Assert.Contains("insists", a.Cue[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AxiosReportedTheFinalOffer()
    {
        var a = Find(c => c.Contains("had presented Kiev with what it called a “final offer,”", StringComparison.Ordinal));
        Assert.Equal(Axios, a.Speaker?.ActorId);
        Assert.Equal("reported", a.Cue[0].Text);
    }

    [Fact]
    public void ZelenskyRejectsCedingCrimea()
    {
        var a = Find(c => c.Contains("the idea of ceding Crimea", StringComparison.Ordinal));
        Assert.Equal(Zelensky, a.Speaker?.ActorId);
        Assert.Contains("rejecting", a.Cue[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("lose everything", a.Content[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TrumpWarnsUkraineCouldLoseEverythingAsMixedQuote()
    {
        var a = Find(c => c.Contains("Ukraine could “lose everything”", StringComparison.Ordinal));
        Assert.Equal(Trump, a.Speaker?.ActorId);
        Assert.Equal("warn", a.Cue[0].Text);
        Assert.Equal(ClaimKind.Mixed, a.Kind);
    }

    [Fact]
    public void TrumpClaimsZelenskyMightCompromise()
    {
        var a = Find(c => c.Contains("Zelensky might be willing to compromise on the peninsula", StringComparison.Ordinal));
        Assert.Equal(Trump, a.Speaker?.ActorId);
        Assert.Equal("claimed", a.Cue[0].Text);
    }

    [Fact]
    public void BloombergReportsTalksStalled()
    {
        var a = Find(c => c.Contains("the peace talks have now stalled", StringComparison.Ordinal));
        Assert.Equal(Bloomberg, a.Speaker?.ActorId);
        Assert.Equal("reports", a.Cue[0].Text);
    }

    [Fact]
    public void PeskovStatedMeetingWillTakePlaceResolvedThroughHisTitle()
    {
        var a = Find(c => c.Contains("“will take place,”", StringComparison.Ordinal));
        Assert.Equal(Peskov, a.Speaker?.ActorId);
        Assert.Equal("Dmitry Peskov", a.Speaker?.Name);
        Assert.Equal("Kremlin spokesperson Dmitry Peskov", a.Source[0].Text);
        Assert.Equal("stated", a.Cue[0].Text);
        Assert.Equal(ClaimKind.Mixed, a.Kind);
    }

    [Fact]
    public void EverySpanIsAnExactSliceOfTheBody()
    {
        var (body, result) = Seed.Value;
        Assert.NotEmpty(result.Attributions);
        foreach (var span in result.Attributions.SelectMany(a => a.Source.Concat(a.Cue).Concat(a.Content)))
        {
            Assert.Equal(span.Text, body.Substring(span.Start, span.End - span.Start));
        }
    }

    private static ExtractedAttribution Find(Func<string, bool> content)
    {
        var result = Seed.Value.Result;
        return result.Attributions.FirstOrDefault(a => a.Content.Any(c => content(c.Text)))
               ?? throw new Xunit.Sdk.XunitException("Not found. " + Describe(result));
    }

    private static string[] ChainNames(ExtractedAttribution a) => [.. Seed.Value.Result.ChainOf(a).Select(s => s.Name)];

    // Skips the metadata line and the headline; the body is everything after them.
    private static string LoadBody()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsroomClaims.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var lines = File.ReadAllText(Path.Combine(dir.FullName, "samples", "seed-story.txt")).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return string.Join('\n', lines.Skip(2));
    }
}
