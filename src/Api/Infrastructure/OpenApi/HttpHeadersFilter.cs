using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.OpenApi;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Exports;
using NewsroomClaims.Api.Idempotency;
using NewsroomClaims.Api.Reviews;
using NewsroomClaims.Api.Statements;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// The HTTP around the bodies, which no action signature shows: the headers each answer carries (<c>ETag</c>,
/// <c>Location</c>, <c>Link</c>, <c>Vary</c>, <c>Retry-After</c>, <c>Idempotent-Replayed</c>), the request headers each
/// operation honours (<c>If-Match</c>, <c>If-None-Match</c>, <c>Idempotency-Key</c>) and the statuses they lead to
/// (304, 412's 428, 422 for a reused key, 503 when the database is busy). Each rule names the code that makes it
/// true; the contract check (tests/checks/openapi.sh) sends every one of them through a validating proxy.
/// </summary>
internal sealed class HttpHeadersFilter : IOperationFilter
{
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary>Answers that carry one versioned resource, whose version the ETag is (<see cref="ETags"/>).</summary>
    private static readonly HashSet<Type> Versioned = [typeof(ActorResponse), typeof(ArticleResponse), typeof(ClaimResponse), typeof(ArticleImportResponse), typeof(ReviewResponse),
        typeof(StatementResponse)];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var document = context.Document;
        HeaderComponents.Ensure(document);
        var description = context.ApiDescription;
        var method = description.HttpMethod ?? "GET";
        var responses = operation.Responses ??= [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);

        var versioned = description.SupportedResponseTypes.Any(r => r.StatusCode is 200 or 201 && r.Type is { } t && Versioned.Contains(t));
        foreach (var (status, response) in Success(responses))
        {
            if (versioned)
            {
                Header(response, "ETag", document, required: true);
            }

            // 201: the resource created; 202: where to follow the work accepted (a redelivery's attempt).
            if (status is "201" or "202")
            {
                Header(response, "Location", document, required: true);
            }
        }

        if (HttpMethods.IsGet(method) && versioned)
        {
            Parameter(operation, "If-None-Match", document);
            responses.TryAdd("304", new OpenApiResponse
            {
                Description = "Not Modified: the representation asked for still has the ETag sent in `If-None-Match`; no body.",
                Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = HeaderComponents.Reference("ETag", document, required: true) },
            });
        }

        if (responses.ContainsKey("412"))
        {
            Parameter(operation, "If-Match", document);
        }

        if (responses.TryGetValue("200", out var ok) && ok.Content is { Count: > 1 } negotiated)
        {
            // The answer depends on Accept, and so do the 304 and 406 that stand in for it.
            foreach (var status in new[] { "200", "304", "406" })
            {
                if (responses.TryGetValue(status, out var varied))
                {
                    Header(varied, "Vary", document, required: true);
                }
            }

            if (negotiated.ContainsKey(ExportMediaTypes.Csv) || (negotiated.ContainsKey(ExportMediaTypes.JsonLd) && IsPage(description)))
            {
                Header(ok, "Link", document, required: false);
            }

            if (negotiated.ContainsKey(ExportMediaTypes.Csv))
            {
                Header(ok, "Content-Disposition", document, required: false);
            }
        }

        if (responses.TryGetValue("200", out var file) && file.Content?.Keys.SequenceEqual([ExportMediaTypes.Csv]) == true)
        {
            Header(file, "Content-Disposition", document, required: true);
        }

        // A name, alias or canonical URL that is taken: the 409 points at the actor or article that has it.
        if (description.ActionDescriptor.RouteValues["controller"] is "Actors" or "Articles" or "ArticleImports" && responses.TryGetValue("409", out var clash))
        {
            Header(clash, "Location", document, required: false);
        }

        if (HttpMethods.IsPost(method) && !description.ActionDescriptor.EndpointMetadata.OfType<SkipIdempotencyAttribute>().Any())
        {
            Parameter(operation, IdempotencyKey, document);
            foreach (var (_, response) in Success(responses))
            {
                Header(response, "Idempotent-Replayed", document, required: false);
            }

            Problem(responses, "422", $"The `{IdempotencyKey}` was already used with another request (another path or body); nothing was written.", problem);
        }

        // Overload is never a 500: SQLite writes that waited past Database:WriteQueueTimeout, a database busy beyond its
        // timeout or out of connections answer 503 and wrote nothing.
        Problem(responses, "503", "The database is busy; nothing was written. Send the request again after `Retry-After` seconds.", problem);
        foreach (var status in new[] { "429", "503" })
        {
            if (responses.TryGetValue(status, out var busy))
            {
                Header(busy, "Retry-After", document, required: true);
            }
        }
    }

    private static bool IsPage(ApiDescription description) =>
        description.SupportedResponseTypes.Any(r => r.Type is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(Page<>));

    private static List<(string Status, IOpenApiResponse Response)> Success(OpenApiResponses responses) =>
        [.. responses.Where(r => r.Key[0] == '2' && r.Key != "204").Select(r => (r.Key, r.Value))];

    private static void Header(IOpenApiResponse response, string name, OpenApiDocument document, bool required)
    {
        if (response is OpenApiResponse concrete)
        {
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers[name] = HeaderComponents.Reference(name, document, required);
        }
    }

    private static void Parameter(OpenApiOperation operation, string name, OpenApiDocument document)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.All(p => p.Name != name))
        {
            operation.Parameters.Add(new OpenApiParameterReference(name, document));
        }
    }

    private static void Problem(OpenApiResponses responses, string status, string description, IOpenApiSchema schema) =>
        responses.TryAdd(status, new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
        });
}
