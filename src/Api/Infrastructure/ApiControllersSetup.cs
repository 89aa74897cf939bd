using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace NewsroomClaims.Api.Infrastructure;

public static class ApiControllersSetup
{
    public static readonly JsonNamingPolicy EnumNaming = JsonNamingPolicy.KebabCaseLower;

    public static IServiceCollection AddApiControllers(this IServiceCollection services)
    {
        services
            .AddControllers(options =>
            {
                options.Filters.Add<WriteTransactionFilter>();
                options.Filters.Add<UnknownQueryParameterFilter>();
                options.Filters.Add<FluentValidationFilter>();
                options.Filters.Add(new ProblemContentTypeFilter());
                options.Filters.Add<ConditionalGetFilter>(int.MaxValue);
                options.ReturnHttpNotAcceptable = true;

                // Model validation names a body field as JSON does ("aliases"), in the key and in the message, as every other error does.
                options.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider(JsonNamingPolicy.CamelCase));
                options.ModelMetadataDetailsProviders.Add(new JsonDisplayNames());

                // The claim list's filters are checked by its FluentValidation validator and carry no DataAnnotations (nor a
                // non-nullable reference that MVC would take as required), yet MVC's validator walked each of its twenty
                // properties on every list read, allocating accessors as it went (~7% of an uncached page's allocations).
                // Values that do not bind (speaker=abc) are still model errors: binding records them, not validation.
                options.ModelMetadataDetailsProviders.Add(new Microsoft.AspNetCore.Mvc.ModelBinding.SuppressChildValidationMetadataProvider(typeof(Claims.ClaimListRequest)));
            })
            .AddJsonOptions(options => ConfigureJson(options.JsonSerializerOptions));
        services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));
        // A validator builds its rules (compiling property accessors) when constructed: one that needs nothing from the
        // request's scope is built once, not on every request (a list read spent ~10% of its CPU building one).
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, r => !NeedsScope(r.ValidatorType), includeInternalTypes: true);
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped, r => NeedsScope(r.ValidatorType), includeInternalTypes: true);

        // Messages name a field as the client writes it ("'pageSize' must be between 1 and 100"), not "'Page Size'". The
        // resolver runs for every rule of every validated object (~2,000 for a 100-claim import), so each name is made once.
        // The naming delegate is made once too: a method group of an instance method is a new delegate on every call.
        var jsonNames = new ConcurrentDictionary<string, string>();
        Func<string, string> camelCase = JsonNamingPolicy.CamelCase.ConvertName;
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : jsonNames.GetOrAdd(member.Name, camelCase);
        services.AddHttpContextAccessor();
        services.AddOptions<ConcurrencyOptions>().BindConfiguration(ConcurrencyOptions.Section);
        services.AddScoped<RequestValidation>();
        services.Configure<ApiBehaviorOptions>(options =>
        {
            options.ClientErrorMapping[StatusCodes.Status412PreconditionFailed] = new ClientErrorData
            {
                Title = "The resource was changed since you read it.",
                Link = "https://www.rfc-editor.org/rfc/rfc9110#name-412-precondition-failed",
            };
            options.ClientErrorMapping[StatusCodes.Status428PreconditionRequired] = new ClientErrorData
            {
                Title = "If-Match is required.",
                Link = "https://www.rfc-editor.org/rfc/rfc6585#section-3",
            };
            options.ClientErrorMapping[StatusCodes.Status409Conflict] = new ClientErrorData
            {
                Title = "The request conflicts with the current state of the resource.",
                Link = "https://www.rfc-editor.org/rfc/rfc9110#name-409-conflict",
            };
        });
        return services;
    }

    /// <summary>A validator that takes a scoped service (the database, to check references) lives per request.</summary>
    private static bool NeedsScope(Type validator) =>
        validator.GetConstructors().Any(c => c.GetParameters().Any(p =>
            !(p.ParameterType.IsGenericType && p.ParameterType.GetGenericTypeDefinition() == typeof(Microsoft.Extensions.Options.IOptions<>))));

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(EnumNaming, allowIntegerValues: false));
        options.Converters.Add(new NulFreeStringConverter());
        options.MaxDepth = 32;
    }
}

/// <summary>Names each property as JSON does in the framework's own messages ("The aliases field is required.").</summary>
internal sealed class JsonDisplayNames : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.MetadataKind != Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.ModelMetadataKind.Type && context.Key.Name is { } name)
        {
            // Made once per property, not each time validation asks.
            var jsonName = JsonNamingPolicy.CamelCase.ConvertName(name);
            context.DisplayMetadata.DisplayName ??= () => jsonName;
        }
    }
}
