using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NewsroomClaims.Api.Exports.Csv;
using NewsroomClaims.Api.Exports.JsonLd;
using NewsroomClaims.Api.Exports.Ninjs;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Exports;

public static class ExportsSetup
{
    /// <summary>
    /// The export formatters go first: the JSON formatter also claims every <c>application/*+json</c> type and
    /// would otherwise answer application/ld+json and ninjs requests with the plain JSON body.
    /// </summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(options =>
        {
            options.OutputFormatters.Insert(0, new JsonLdOutputFormatter());
            options.OutputFormatters.Insert(0, new NinjsOutputFormatter());
            options.OutputFormatters.Insert(0, new CsvOutputFormatter());
            options.Filters.Add(new NotAcceptableProblemFilter());
            options.Filters.Add<ExportDataFilter>();
        });
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ExportLookups>();
        services.AddScoped<ExportData>();
        services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy<string, ExportConcurrencyPolicy>(ExportOptions.ConcurrencyPolicy));
        return services;
    }
}
