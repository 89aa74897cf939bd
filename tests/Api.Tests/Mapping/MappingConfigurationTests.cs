using Mapster;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Tests.Mapping;

public sealed class MappingConfigurationTests
{
    [Fact]
    public void EveryMappingCompilesWithEveryDestinationMemberMapped()
    {
        var config = MappingSetup.CreateConfig();
        config.RequireDestinationMemberSource = true;

        config.Compile();
    }

    [Fact]
    public void ClaimDocumentNamesTheSpeakerAsTheLastLinkOfTheChain()
    {
        var speaker = new Actor("Speaker", ActorKind.Person);
        var claim = Claim.Create(new ArticleText(Guid.CreateVersion7(), 10, null),
            new ClaimDraft("c", ClaimKind.Direct, new LinkDraft(speaker.Id, Span: new TextSpan(1, 3)), [new LinkDraft(null, "aides")]));

        var response = ClaimDocument.Build(claim, new Dictionary<Guid, string> { [speaker.Id] = speaker.Name });

        Assert.Equal("Speaker", response.Speaker.ActorName);
        Assert.Equal(new SpanDto(1, 3), response.Speaker.Span);
        Assert.Equal(["aides", null], response.Chain.Select(l => l.Description));
        var json = ClaimDocument.Serialize(response);
        Assert.Equal(json, ClaimDocument.Serialize(new StoredClaim(json).Read()));
    }

    [Fact]
    public void ActorReadsBackAsTheRequestThatWouldRecreateIt()
    {
        var config = MappingSetup.CreateConfig();
        var actor = new Actor("Kremlin", ActorKind.Government, ["Moscow"]) { WikidataId = "Q1" };

        var request = actor.Adapt<ActorRequest>(config);

        Assert.Equal(("Kremlin", ActorKind.Government, "Q1"), (request.Name, request.Kind, request.WikidataId));
        Assert.Equal(["Moscow"], request.Aliases);
    }
}
