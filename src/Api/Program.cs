using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Exports;
using NewsroomClaims.Api.Extractions;
using NewsroomClaims.Api.Health;
using NewsroomClaims.Api.Idempotency;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Matching;
using NewsroomClaims.Api.Samples;
using NewsroomClaims.Api.Search;
using NewsroomClaims.Api.Security;
using NewsroomClaims.Api.Webhooks;

if (TrainExtractorCommand.IsRequested(args))
{
    return TrainExtractorCommand.Run(args);
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDatabase(builder.Configuration);
builder.Services.AddApiControllers();
builder.Services.AddStrictJsonBodies();
builder.Services.AddIdempotency();
builder.Services.AddChangeFeed();
builder.Services.AddWebhooks();
builder.Services.AddApiProblemDetails();
builder.Services.AddApiDocumentation();
builder.Services.AddMapping();
builder.Services.AddResourceServices(builder.Configuration);
builder.Services.AddSearch();
builder.Services.AddMatching(builder.Configuration);
builder.Services.AddExports();
builder.Services.AddApiAccess(builder.Configuration);
builder.Services.AddApiRateLimiting(builder.Configuration);
builder.Services.AddRequestLimits(builder.Configuration);
builder.Services.AddSecurityHeaders();
builder.Services.AddApiCors(builder.Configuration);
builder.Services.AddReadCaching(builder.Configuration);
builder.Services.AddWarmup(builder.Configuration);
builder.Services.AddHealthChecks()
    .AddDbContextCheck<AppDbContext>("database", tags: ["ready"])
    .AddCheck<WarmupHealthCheck>("warm-up", tags: ["ready"]);

var app = builder.Build();

app.UseApiSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLimits();
app.UseApiCors();
app.UseApiDocumentation();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

// After authorization, so a cached read is only served to a caller allowed to make it.
app.UseOutputCache();
app.MapControllers();
app.MapApiHealthChecks();
app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();

await app.Services.PrepareDatabaseAsync(app.Logger);

if (CreateKeyCommand.IsRequested(args))
{
    return await CreateKeyCommand.RunAsync(app.Services, args);
}

if (EmbedClaimsCommand.IsRequested(args))
{
    return await EmbedClaimsCommand.RunAsync(app.Services, args);
}

await app.Services.EnsureAdminKeyAsync(app.Logger);
await app.RunAsync();
return 0;

/// <summary>Entry point, public so integration tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
