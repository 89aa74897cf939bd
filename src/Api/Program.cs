using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Exports;
using NewsroomClaims.Api.Health;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Samples;
using NewsroomClaims.Api.Search;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDatabase(builder.Configuration);
builder.Services.AddApiControllers();
builder.Services.AddApiProblemDetails();
builder.Services.AddApiDocumentation();
builder.Services.AddMapping();
builder.Services.AddResourceServices();
builder.Services.AddSearch();
builder.Services.AddExports();
builder.Services.AddReadCaching(builder.Configuration);
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseApiDocumentation();
app.UseOutputCache();
app.MapControllers();
app.MapApiHealthChecks();
app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();

await app.Services.PrepareDatabaseAsync(app.Logger);

app.Run();

/// <summary>Entry point, public so integration tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
