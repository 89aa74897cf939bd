using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// One description per resource tag. Several controllers share a tag (claims and their relations), and
/// Swashbuckle would keep whichever controller summary it met last.
/// </summary>
internal sealed class ResourceTagsFilter : IDocumentFilter
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["Articles"] = "News articles: the texts claims are found in. Also as IPTC ninjs, and drawn as an attribution graph (SVG).",
        ["Actors"] = "People, governments, organisations, outlets and anonymous groups: who speaks, reports and is talked about. Each actor's claims also come as an Atom feed.",
        ["Reviews"] = "Fact checks of claims: the reviewer, the rating on their scale and the verdict derived from it. Also as schema.org ClaimReview JSON-LD, and imported from the ClaimReview markup fact-checkers publish.",
        ["Changes"] = "Every committed change in commit order, as a feed to read from a token (long poll with `wait`); the same changes go out as webhooks.",
        ["Webhooks"] = "Admin: subscriptions that receive the change feed as signed webhooks (Standard Webhooks), at least once and in order, and each subscription's delivery attempts.",
        ["Claims"] = "Statements attributed to a speaker, each with the chain of who reported it, and the relations between claims. Also as JSON-LD (schema.org Claim + PROV-O) and CSV.",
        ["Matching"] = "Has this been said before: claims similar to a claim, stored claims matching a new statement, and where a statement appeared, first appearance first.",
        ["Statements"] = "Claims by the same speaker that say the same thing, grouped automatically and corrected by editors (merge, split), with their history.",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Tags ??= new HashSet<OpenApiTag>();
        foreach (var (name, description) in Descriptions)
        {
            var tag = swaggerDoc.Tags.FirstOrDefault(t => t.Name == name);
            if (tag is null)
            {
                swaggerDoc.Tags.Add(new OpenApiTag { Name = name, Description = description });
            }
            else
            {
                tag.Description = description;
            }
        }
    }
}
