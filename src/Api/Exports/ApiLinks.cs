namespace NewsroomClaims.Api.Exports;

/// <summary>Absolute URLs of the API's resources, used as identifiers in the exports (JSON-LD @id, ninjs uri, Atom id).</summary>
public sealed class ApiLinks(HttpRequest request)
{
    private readonly string root = $"{request.Scheme}://{request.Host}{request.PathBase}/api/v1";

    public string Claim(Guid id) => $"{root}/claims/{id}";

    public string Article(Guid id) => $"{root}/articles/{id}";

    public string Actor(Guid id) => $"{root}/actors/{id}";

    public string Review(Guid id) => $"{root}/reviews/{id}";

    public string Reviews => $"{root}/reviews";

    public string ActorFeed(Guid id) => $"{root}/actors/{id}/claims.atom";
}
