using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Access;

/// <summary>
/// Documents each operation's role, the security it takes and its 401/403/429 answers. Reads are open unless
/// <c>Auth:RequireKeyForReads</c> is on, so they list "no key" as an alternative to the key (tools then send
/// anonymous GETs); a key that is sent must still be valid (401). No key is below reader, so reads never answer 403.
/// </summary>
internal sealed class AccessOperationFilter(IOptions<AuthOptions> auth) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var policy = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().LastOrDefault()?.Policy;
        if (policy is null)
        {
            return;
        }

        var reader = policy == AccessPolicies.Reader;
        var open = reader && !auth.Value.RequireKeyForReads;
        var role = policy.ToLowerInvariant();
        var note = open ? "Open to anyone: no key needed (a key that is sent must be valid)."
            : reader ? "Needs a reader key (X-Api-Key): this API has `Auth:RequireKeyForReads` on."
            : $"Needs an {role} key (X-Api-Key).";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? note : $"{operation.Description}\n\n{note}";

        var key = new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)] = [],
        };
        operation.Security = open ? [new OpenApiSecurityRequirement(), key] : [key];

        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses ??= [];
        Add(operation, "401", open ? "The API key sent is unknown or revoked." : "No API key, or one that is unknown or revoked.", problem);
        if (!reader)
        {
            Add(operation, "403", $"The key's role is below {role}.", problem);
        }

        Add(operation, "429", "Too many requests from this key or address; see Retry-After.", problem);
    }

    private static void Add(OpenApiOperation operation, string status, string description, IOpenApiSchema schema) =>
        operation.Responses!.TryAdd(status, new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
        });
}
