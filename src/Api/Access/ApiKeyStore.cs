using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Access;

/// <summary>Creates and revokes keys; the plain key leaves this class once, in the creation result.</summary>
public sealed class ApiKeyStore(AppDbContext db, IOptions<AuthOptions> options)
{
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, ApiKeyRole role, CancellationToken cancellationToken, string? secret = null)
    {
        string prefix;
        if (secret is null)
        {
            (secret, prefix) = ApiKeySecrets.Generate();
        }
        else
        {
            prefix = ApiKeySecrets.PrefixOf(secret) ?? throw new InvalidOperationException("The configured key is not in the nck_<12 hex>_<secret> format.");
        }

        var key = new ApiKey { Name = name.Trim(), Role = role, Prefix = prefix, Hash = ApiKeySecrets.Hash(secret) };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret);
    }

    /// <summary>On a database without keys, installs the configured admin key or makes one and prints it once.</summary>
    public async Task EnsureAdminKeyAsync(ILogger logger, CancellationToken cancellationToken = default)
    {
        if (await db.ApiKeys.AnyAsync(cancellationToken))
        {
            return;
        }

        var configured = options.Value.BootstrapAdminKey;
        var (_, secret) = await CreateAsync("bootstrap-admin", ApiKeyRole.Admin, cancellationToken, string.IsNullOrWhiteSpace(configured) ? null : configured);
        if (string.IsNullOrWhiteSpace(configured))
        {
            // A plain console line, not a log entry, so it never lands in structured log sinks twice.
            Console.WriteLine($"Admin API key: {secret}");
            logger.LogWarning("Created the first admin API key (printed above once). Store it now; only its hash is kept.");
        }
    }
}
