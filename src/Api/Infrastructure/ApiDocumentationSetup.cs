using System.Reflection;
using Microsoft.OpenApi;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Infrastructure.OpenApi;

namespace NewsroomClaims.Api.Infrastructure;

public static class ApiDocumentationSetup
{
    public const string DocumentName = "v1";
    public const string ReadmeUrl = "https://github.com/newsroom-claims/newsroom-claims#readme";

    private const string Description = """
        Records **who said what, according to whom**. Articles hold the text; actors are the people,
        governments, outlets and anonymous groups in it; claims are statements attributed to a speaker,
        each with its **attribution chain**: who passed the statement on, outermost reporter first and the
        speaker last (MENAFN → Bloomberg → "sources familiar with the talks" → Putin), the cue
        ("reiterated", "according to") and the character spans in the article body.

        Lists page with `pageToken` (keyset: pages stay stable while rows are added); unknown query
        parameters answer 400. Writes take `If-Match` with the ETag a read returned; errors are
        RFC 9457 problem details.

        Newsroom tools can ask for other media types with `Accept`: a claim as schema.org JSON-LD
        (`application/ld+json`), a claims list as CSV (`text/csv`), an article as IPTC ninjs
        (`application/vnd.iptc.ninjs+json`); each actor's claims come as an Atom feed (`claims.atom`),
        each article's chains as a picture (`attribution-graph.svg`), and a whole filtered claims list as
        one streamed CSV file (`claims/export.csv`).

        See [attribution chains in the README](https://github.com/newsroom-claims/newsroom-claims#attribution-chains).
        """;

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Newsroom Claims API",
                Version = "v1",
                Description = Description,
                Contact = new OpenApiContact { Name = "Newsroom Claims", Url = new Uri(ReadmeUrl) },
            });
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            options.IncludeXmlComments(xml, includeControllerXmlComments: true);
            options.SupportNonNullableReferenceTypes();
            options.UseAllOfToExtendReferenceSchemas();
            options.CustomOperationIds(api => api.ActionDescriptor.RouteValues["action"]);
            options.AddSecurityDefinition(ApiKeyAuthenticationHandler.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "An API key (nck_...). Readers may GET, editors also write, admins also delete and manage keys.",
            });
            options.OperationFilter<AccessOperationFilter>();
            options.MapType<DateOnly>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });

            options.DocumentFilter<ResourceTagsFilter>();
            options.SchemaFilter<ResponsePropertiesRequiredFilter>();
            options.SchemaFilter<AnyJsonSchemaFilter>();
            options.SchemaFilter<ValidationRulesSchemaFilter>();
            options.ParameterFilter<ValidationRulesSchemaFilter>();
            options.SchemaFilter<ImportedClaimsSchemaFilter>();
            options.OperationFilter<QueryParameterNamesFilter>();
            options.OperationFilter<ProblemResponsesFilter>();
            options.OperationFilter<ExportMediaTypesFilter>();
            options.OperationFilter<HttpHeadersFilter>();
            options.OperationFilter<RequestExamplesFilter>();
            options.OperationFilter<MergePatchSchemaFilter>();
            options.OperationFilter<ClaimReviewMarkupSchemaFilter>();

            // Last: rewrites the schemas every filter above produced.
            options.DocumentFilter<ReferenceSchemasFilter>();
        });
        return services;
    }

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        // Only requests under /swagger pass the documentation middleware: every API request used to run its path
        // matching, a measurable share of a cached read.
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/swagger"), docs => docs.UseDocumentationMiddleware());
        return app;
    }

    private static void UseDocumentationMiddleware(this IApplicationBuilder app)
    {
        // Spectral's oas3-api-servers: name the server the document was fetched from, so clients generated from it know where to call.
        app.UseSwagger(options =>
        {
            // OpenAPI 3.1: null is a type there, so a nullable reference can say so (3.0's nullable cannot sit beside a $ref).
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            options.PreSerializeFilters.Add((document, request) =>
                document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}", Description = "This server" }]);
        });
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "Newsroom Claims API v1");
            options.DocumentTitle = "Newsroom Claims API";
            options.DisplayOperationId();
            options.DisplayRequestDuration();
            options.EnableTryItOutByDefault();
            options.EnablePersistAuthorization();
        });
    }
}
