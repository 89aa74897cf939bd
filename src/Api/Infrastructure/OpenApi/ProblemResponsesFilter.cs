using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents the problem responses every operation of a kind can give, so no operation has to repeat
/// them: 400 for an unknown query parameter (any operation), 406 for an Accept a negotiated GET cannot
/// serve, 413 and 415 for a request body too large or of the wrong type, 404 wherever the path holds an id, 428
/// wherever If-Match is honoured (declared by its 412). (503 with Retry-After: HttpHeadersFilter.)
/// </summary>
internal sealed class ProblemResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= new OpenApiResponses();

        // [Produces] stamps its media types on every declared response, errors included; the API sends
        // errors as application/problem+json whatever the Accept (ProblemContentTypeFilter).
        foreach (var (status, response) in operation.Responses)
        {
            if (status[0] is '4' or '5' && response.Content is { Count: > 0 } content && !content.ContainsKey("application/problem+json"))
            {
                var schema = content.Values.First().Schema;
                content.Clear();
                content["application/problem+json"] = new OpenApiMediaType { Schema = schema };
            }
        }
        var validation = context.SchemaGenerator.GenerateSchema(typeof(ValidationProblemDetails), context.SchemaRepository);
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);

        Add(operation, "400", "Invalid input: a field, a path value or an unknown query parameter.", validation);
        var negotiated = operation.Responses.TryGetValue("200", out var ok) && ok.Content?.ContainsKey("application/json") == true;
        if (negotiated)
        {
            Add(operation, "406", "None of the media types in `Accept` is offered by this operation.", problem);
        }

        if (operation.RequestBody is not null)
        {
            Add(operation, "413", "The request body is too large.", problem);
            Add(operation, "415", "The request body's media type is not accepted.", problem);
        }

        // An id in the path may name nothing.
        var identified = context.ApiDescription.ParameterDescriptions.Any(p => p.Source == BindingSource.Path);
        if (identified)
        {
            Add(operation, "404", "Nothing has the id given in the path.", problem);
        }

        if (operation.Responses.ContainsKey("412"))
        {
            Add(operation, "428", "If-Match is missing and the API requires it (`Concurrency:RequireIfMatch`).", problem);
        }

        Add(operation, "500", "An unexpected error; the body holds a trace id to report.", problem);
    }

    private static void Add(OpenApiOperation operation, string status, string description, IOpenApiSchema schema)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
        };
    }
}
