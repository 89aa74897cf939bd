using FluentValidation;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Access;

/// <summary>A key to create.</summary>
public sealed class ApiKeyRequest
{
    /// <summary>Who will hold the key; recorded as the author of every change made with it.</summary>
    /// <example>politics-desk</example>
    public string Name { get; set; } = "";

    /// <summary>reader (GET), editor (create and change) or admin (delete, manage keys).</summary>
    /// <example>editor</example>
    public ApiKeyRole Role { get; set; } = ApiKeyRole.Reader;
}

/// <summary>A stored key, without its secret.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Name">Who holds it.</param>
/// <param name="Role">What it may do.</param>
/// <param name="Prefix">The public start of the key (nck_PREFIX_...), to tell keys apart.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="RevokedAt">When it was revoked; null while it works.</param>
public record ApiKeyResponse(Guid Id, string Name, ApiKeyRole Role, string Prefix, DateTime CreatedAt, DateTime? RevokedAt)
{
    public static ApiKeyResponse From(ApiKey key) => new(key.Id, key.Name, key.Role, key.Prefix, key.CreatedAt, key.RevokedAt);
}

/// <summary>A new key with its secret, which this response shows once and the API never shows again.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Name">Who holds it.</param>
/// <param name="Role">What it may do.</param>
/// <param name="Prefix">The public start of the key.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="RevokedAt">Always null for a new key.</param>
/// <param name="Key">The key to send in X-Api-Key. Store it now.</param>
public sealed record CreatedApiKeyResponse(Guid Id, string Name, ApiKeyRole Role, string Prefix, DateTime CreatedAt, DateTime? RevokedAt, string Key)
    : ApiKeyResponse(Id, Name, Role, Prefix, CreatedAt, RevokedAt);

internal sealed class ApiKeyRequestValidator : AbstractValidator<ApiKeyRequest>
{
    public ApiKeyRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(r => r.Role).IsDefinedValue();
    }
}
