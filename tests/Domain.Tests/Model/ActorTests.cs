using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Domain.Tests.Model;

public sealed class ActorTests
{
    [Fact]
    public void DisplayNameIsThePrimaryNameAndAliasesAreTheRest()
    {
        var actor = new Actor("Volodymyr Zelensky", ActorKind.Person, ["Zelenskyy", "Zelensky"]);

        Assert.Equal("Volodymyr Zelensky", Assert.Single(actor.Names, n => n.IsPrimary).Value);
        Assert.Equal(["Zelenskyy", "Zelensky"], actor.Aliases);
    }

    [Fact]
    public void AliasesThatFoldToTheSameKeyCollapseIntoOne()
    {
        var actor = new Actor("Dmitry Peskov", ActorKind.Person, ["Peskov", "PESKOV", "dmitry peskov", " "]);

        Assert.Equal(["Peskov"], actor.Aliases);
        Assert.Equal(2, actor.Names.Count);
    }

    [Fact]
    public void RenamingKeepsTheRowsOfSpellingsThatSurvive()
    {
        var actor = new Actor("Kremlin", ActorKind.Government, ["Moscow", "Russian government"]);
        var moscow = actor.Names.Single(n => n.Value == "Moscow");

        actor.SetNames("Russia", ["moscow", "Kremlin"]);

        Assert.Same(moscow, actor.Names.Single(n => n.Normalized == "moscow"));
        Assert.Equal("moscow", moscow.Value);
        Assert.False(actor.Names.Single(n => n.Value == "Kremlin").IsPrimary);
        Assert.DoesNotContain(actor.Names, n => n.Value == "Russian government");
    }

    [Fact]
    public void RolesBelongToTheActor()
    {
        var actor = new Actor("Dmitry Peskov", ActorKind.Person);

        actor.SetRoles([new ActorRole { Title = "Kremlin spokesperson" }]);

        Assert.Equal(actor.Id, Assert.Single(actor.Roles).ActorId);
    }
}
