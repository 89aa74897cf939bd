using System.Text;
using Microsoft.AspNetCore.Mvc;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Exports.Graph;

[Route("api/v1/articles/{id:guid}")]
[Tags("Articles")]
public sealed class AttributionGraphController(ArticleWriter articles, ExportLookups lookups) : ApiControllerBase
{
    /// <summary>Picture of who reported whom in the article (SVG).</summary>
    /// <remarks>
    /// Draws every attribution chain of the article's claims as one graph, left to right: the publisher, the outlets
    /// and anonymous sources that passed statements on, and the speakers (thick border). Arrows carry the cues the
    /// article used ("according to", "said", "reiterated"); hovering a box or an arrow shows its details.
    /// Open it in a browser or embed it with `img`.
    /// </remarks>
    /// <param name="id">The article's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("attribution-graph.svg", Name = nameof(GetAttributionGraph))]
    [Produces(ExportMediaTypes.Svg)]
    [ProducesResponseType<string>(StatusCodes.Status200OK, ExportMediaTypes.Svg)]
    public async Task<IActionResult> GetAttributionGraph(Guid id, CancellationToken cancellationToken)
    {
        var article = await articles.FindAsync(id, cancellationToken);
        var claims = await lookups.ClaimsInArticleAsync(id, cancellationToken);
        var svg = AttributionGraphSvg.Render(AttributionGraph.Build(article, claims));
        return File(Encoding.UTF8.GetBytes(svg.Declaration + "\n" + svg.Root), $"{ExportMediaTypes.Svg}; charset=utf-8");
    }
}
