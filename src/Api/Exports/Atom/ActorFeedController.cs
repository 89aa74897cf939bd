using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Exports.Atom;

[Route("api/v1/actors/{id:guid}")]
[Tags("Actors")]
public sealed class ActorFeedController(ActorWriter actors, ClaimQueries claims, ExportLookups lookups) : ApiControllerBase
{
    /// <summary>Atom feed of the actor's newest claims.</summary>
    /// <remarks>
    /// An Atom 1.0 feed of the 50 newest statements the actor made (as speaker), newest first, for feed readers and
    /// newsroom monitoring tools. Each entry names the speaker as author, spells out the attribution chain in its summary
    /// and links the article the claim appeared in (`alternate`) and the claim in this API (`related`).
    /// </remarks>
    /// <param name="id">The actor's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("claims.atom", Name = nameof(GetActorClaimsFeed))]
    [Produces(ExportMediaTypes.Atom)]
    [ProducesResponseType<string>(StatusCodes.Status200OK, ExportMediaTypes.Atom)]
    public async Task<IActionResult> GetActorClaimsFeed(Guid id, CancellationToken cancellationToken)
    {
        var actor = await actors.FindAsync(id, cancellationToken);
        var page = await claims.ListAsync(new ClaimListRequest { Speaker = id, PageSize = ActorClaimsFeed.Size }, Request, cancellationToken);
        var items = page.Items.Select(c => c.Read()).ToList();
        var articles = await lookups.ArticlesAsync(items.Select(c => c.ArticleId), cancellationToken);
        var feed = ActorClaimsFeed.Build(actor, items, articles, new ApiLinks(Request));

        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return File(buffer.ToArray(), $"{ExportMediaTypes.Atom}; charset=utf-8");
    }
}
