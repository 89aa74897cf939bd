namespace NewsroomClaims.Api.Access;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>When true, reads need a reader key too; by default anyone may read.</summary>
    public bool RequireKeyForReads { get; set; }

    /// <summary>
    /// An admin key to install when the database has no keys (deployments and tests that must know it in
    /// advance). Without it the first start makes one and prints it once.
    /// </summary>
    public string? BootstrapAdminKey { get; set; }
}
