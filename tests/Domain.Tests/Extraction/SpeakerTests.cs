using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Extraction;
using static NewsroomClaims.Domain.Tests.Extraction.ExtractionAssertions;

namespace NewsroomClaims.Domain.Tests.Extraction;

public class SpeakerTests
{
    private static readonly Guid Halvorsen = Guid.NewGuid();
    private static readonly Guid Courier = Guid.NewGuid();

    private static readonly Gazetteer Known = new(
    [
        new GazetteerEntry(Halvorsen, "Marit Halvorsen", ActorKind.Person, ["Minister Halvorsen"]),
        new GazetteerEntry(Courier, "Valley Courier", ActorKind.Outlet, ["The Valley Courier"]),
    ]);

    [Fact]
    public void KnownFullNameResolvesToTheActor()
    {
        var r = Run("Marit Halvorsen said the budget is balanced.", new ExtractionOptions(Known));
        Assert.Equal(Halvorsen, r.WithCue("said").Speaker?.ActorId);
        Assert.Empty(r.NewActors);
    }

    [Fact]
    public void TitleBeforeAKnownNameStillResolves()
    {
        var r = Run("Finance minister Marit Halvorsen said the budget is balanced.", new ExtractionOptions(Known));
        var speaker = r.WithCue("said").Speaker;
        Assert.Equal(Halvorsen, speaker?.ActorId);
        Assert.Equal("Marit Halvorsen", speaker?.Name);
    }

    [Fact]
    public void UnambiguousSurnameResolvesCaseInsensitively()
    {
        Assert.Equal(Halvorsen, Known.Resolve("HALVORSEN")?.ActorId);
        Assert.Equal(Courier, Known.Resolve("the valley courier")?.ActorId);
    }

    [Fact]
    public void SharedSurnameDoesNotResolve()
    {
        var g = new Gazetteer(
        [
            new GazetteerEntry(Guid.NewGuid(), "Anna Berg", ActorKind.Person, []),
            new GazetteerEntry(Guid.NewGuid(), "Erik Berg", ActorKind.Person, []),
        ]);
        Assert.Null(g.Resolve("Berg"));
        Assert.NotNull(g.Resolve("anna berg"));
    }

    [Fact]
    public void PronounResolvesToTheNearestEarlierPerson()
    {
        var r = Run("Marit Halvorsen visited the port on Monday.\n\n\"The cranes are too old,\" she said.", new ExtractionOptions(Known));
        var speaker = r.WithCue("said").Speaker;
        Assert.Equal(Halvorsen, speaker?.ActorId);
    }

    [Fact]
    public void PronounWithoutGazetteerResolvesToTheNamedPerson()
    {
        var r = Run("Jonas Aberg toured the plant.\n\nHe said the plant would stay open.");
        Assert.Equal("Jonas Aberg", r.WithCue("said").Speaker?.Name);
    }

    [Fact]
    public void UnknownNamesBecomeSuggestionsWithAGuessedKind()
    {
        var r = Run("Jonas Aberg said the mill will close. The Harbor Tribune reported that forty jobs are at risk. The Transport Ministry said it would help.");
        Assert.Contains(r.NewActors, s => s.Name == "Jonas Aberg" && s.Kind == ActorKind.Person);
        Assert.Contains(r.NewActors, s => s.Name == "Harbor Tribune" && s.Kind == ActorKind.Outlet);
        Assert.Contains(r.NewActors, s => s.Name == "Transport Ministry" && s.Kind == ActorKind.Organisation);
    }

    [Fact]
    public void VagueSourcesAreAnonymous()
    {
        var r = Run("Officials familiar with the plan said the launch would slip.");
        var speaker = r.WithCue("said").Speaker;
        Assert.True(speaker?.IsAnonymous);
        Assert.Null(speaker?.ActorId);
        Assert.Empty(r.NewActors);
    }
}
