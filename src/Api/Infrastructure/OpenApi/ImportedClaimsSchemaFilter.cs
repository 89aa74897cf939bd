using Microsoft.OpenApi;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// The claims of an import belong to the article the import creates, so their <c>articleId</c> is not needed (any
/// value sent is replaced): they are documented as <c>ImportedClaimRequest</c>, ClaimRequest without that requirement.
/// </summary>
internal sealed class ImportedClaimsSchemaFilter : ISchemaFilter
{
    private const string Name = "ImportedClaimRequest";

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type != typeof(ArticleImportRequest) || schema.Properties is not { } properties
            || !properties.TryGetValue("claims", out var list) || list is not OpenApiSchema claims
            || !context.SchemaRepository.Schemas.TryGetValue(nameof(ClaimRequest), out var claim) || claim is not OpenApiSchema full)
        {
            return;
        }

        var articleId = nameof(ClaimRequest.ArticleId).Substring(0, 1).ToLowerInvariant() + nameof(ClaimRequest.ArticleId)[1..];
        claims.Items = context.SchemaRepository.Schemas.ContainsKey(Name) ? claims.Items : context.SchemaRepository.AddDefinition(Name, new OpenApiSchema
        {
            Type = full.Type,
            Description = "A claim found in the imported article: a ClaimRequest whose articleId may be left out (the new article's id is used).",
            Properties = full.Properties,
            Required = new HashSet<string>((full.Required ?? new HashSet<string>()).Where(r => r != articleId)),
            AdditionalPropertiesAllowed = false,
        });
    }
}
