using System.Reflection;
using Microsoft.OpenApi;
using NewsroomClaims.Api.Access;

namespace NewsroomClaims.Api.Infrastructure;

public static class ApiDocumentationSetup
{
    public const string DocumentName = "v1";

    private const string Description = """
        Records **who said what, according to whom**. Articles hold the text; actors are the people,
        governments, outlets and anonymous groups in it; claims are statements attributed to a speaker,
        each with its **attribution chain**: who passed the statement on, outermost reporter first and the
        speaker last (MENAFN → Bloomberg → "sources familiar with the talks" → Putin), the cue
        ("reiterated", "according to") and the character spans in the article body.

        Lists page with `pageToken` (keyset: pages stay stable while rows are added); unknown query
        parameters answer 400. Writes take `If-Match` with the ETag a read returned; errors are
        RFC 9457 problem details.

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
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [],
            });
            options.OperationFilter<AccessOperationFilter>();
            options.MapType<DateOnly>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });
        });
        return services;
    }

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "Newsroom Claims API v1");
            options.DocumentTitle = "Newsroom Claims API";
            options.DisplayOperationId();
            options.DisplayRequestDuration();
            options.EnableTryItOutByDefault();
            options.EnablePersistAuthorization();
        });
        return app;
    }
}
