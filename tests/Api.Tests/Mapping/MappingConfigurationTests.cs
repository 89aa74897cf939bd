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
    public void ClaimMapsItsSpeakerAsTheLastLinkOfTheChain()
    {
        var config = MappingSetup.CreateConfig();
        var speaker = new Actor("Speaker", ActorKind.Person);
        var claim = new Claim { Content = "c", Kind = ClaimKind.Direct };
        claim.SetChain([new ChainLink { Description = "aides" }], new ChainLink { ActorId = speaker.Id, Actor = speaker, SpanStart = 1, SpanEnd = 3 });

        var response = claim.Adapt<ClaimResponse>(config);

        Assert.Equal("Speaker", response.Speaker.ActorName);
        Assert.Equal(new SpanDto(1, 3), response.Speaker.Span);
        Assert.Equal(["aides", null], response.Chain.Select(l => l.Description));
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
