using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Access;

/// <summary>Authenticates the <c>X-Api-Key</c> header against the stored hashes; answers 401 and 403 as problem details.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string KeyIdClaim = "api_key_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = values.Count == 1 ? values[0]?.Trim() : null;
        if (ApiKeySecrets.PrefixOf(presented) is not { } prefix)
        {
            return AuthenticateResult.Fail("The X-Api-Key header does not hold a key this API issued.");
        }

        // Resolved here, not injected: an anonymous read (a cached one above all) then never leases a database context.
        var db = Context.RequestServices.GetRequiredService<AppDbContext>();
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null || !key.IsActive || !ApiKeySecrets.Matches(presented!, key.Hash))
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(KeyIdClaim, key.Id.ToString()),
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ClaimTypes.Role, key.Role.ToString()),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "An API key is required.",
            failure?.Message ?? $"Send a valid key in the {HeaderName} header.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var role = Context.User.FindFirstValue(ClaimTypes.Role)?.ToLowerInvariant() ?? "no";
        return WriteProblemAsync(StatusCodes.Status403Forbidden, "This key's role may not do that.",
            $"The key has the {role} role; this operation needs a key with a higher role.");
    }

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem });
    }
}
