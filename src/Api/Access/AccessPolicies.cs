using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Access;

/// <summary>The three policies; a key passes every policy up to its own role.</summary>
public static class AccessPolicies
{
    public const string Reader = "Reader";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static string For(ApiKeyRole role) => role switch
    {
        ApiKeyRole.Admin => Admin,
        ApiKeyRole.Editor => Editor,
        _ => Reader,
    };

    public static ApiKeyRole? RoleOf(ClaimsPrincipal user) =>
        Enum.TryParse<ApiKeyRole>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;
}

public sealed record RoleRequirement(ApiKeyRole Role) : IAuthorizationRequirement;

/// <summary>Grants a requirement to keys of that role or higher, and reads to anyone while reads are open.</summary>
internal sealed class RoleRequirementHandler(IOptionsMonitor<AuthOptions> options, IHttpContextAccessor accessor)
    : AuthorizationHandler<RoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        if (AccessPolicies.RoleOf(context.User) is { } role && role >= requirement.Role)
        {
            context.Succeed(requirement);
        }
        else if (requirement.Role == ApiKeyRole.Reader && !options.CurrentValue.RequireKeyForReads
                 && accessor.HttpContext?.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) == false)
        {
            // Open reads: no key at all is fine, but a wrong key still answers 401 so a client learns its key is bad.
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
