using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Tests.Exports;

/// <summary>A test's own article with one three-link chain: wire → outlet → anonymous officials → minister.</summary>
public sealed record ExportData(ActorResponse Wire, ActorResponse Outlet, ActorResponse Minister, ArticleResponse Article, ClaimResponse Claim)
{
    public const string Officials = "officials familiar with the plans";

    public static async Task<ExportData> CreateAsync(TestData data, string content = "the bridge will reopen in May")
    {
        var wire = await data.ActorAsync("Wire", ActorKind.Outlet);
        var outlet = await data.ActorAsync("Daily", ActorKind.Outlet);
        var minister = await data.ActorAsync("Minister", ActorKind.Person);
        var article = await data.ArticleAsync(publisherId: wire.Id);
        var request = TestData.Claim(article.Id, minister.Id, content);
        request.ReportedBy =
        [
            new LinkRequest { ActorId = wire.Id },
            new LinkRequest { ActorId = outlet.Id, Cue = "according to" },
            new LinkRequest { Description = Officials, Cue = "said" },
        ];
        request.Topics = ["infrastructure"];
        request.About = [outlet.Id];
        var claim = await data.ClaimAsync(request);
        return new ExportData(wire, outlet, minister, article, claim);
    }
}
