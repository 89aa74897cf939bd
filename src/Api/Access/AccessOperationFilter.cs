using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Access;

/// <summary>Documents each operation's role and its 401/403/429 answers.</summary>
internal sealed class AccessOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var policy = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().LastOrDefault()?.Policy;
        if (policy is null)
        {
            return;
        }

        var role = policy.ToLowerInvariant();
        var note = policy == AccessPolicies.Reader
            ? "Needs a reader key when `Auth:RequireKeyForReads` is on; open otherwise."
            : $"Needs an {role} key (X-Api-Key).";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? note : $"{operation.Description}\n\n{note}";

        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses ??= [];
        Add(operation, "401", "No valid API key.", problem);
        Add(operation, "403", $"The key's role is below {role}.", problem);
        Add(operation, "429", "Too many requests from this key or address; see Retry-After.", problem);
    }

    private static void Add(OpenApiOperation operation, string status, string description, IOpenApiSchema schema) =>
        operation.Responses!.TryAdd(status, new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
        });
}
