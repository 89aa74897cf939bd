using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Reviews.Import;

/// <summary>The reader's claim part: the claim reviewed, its author and where it appeared.</summary>
public static partial class ClaimReviewReader
{
    private static ReviewedClaimInput ReadClaim(JsonLdNodes document, JsonLdNode item, string? claimed)
    {
        var urls = new List<string>();
        if (item.Id is { } id)
        {
            urls.Add(id);
        }

        foreach (var term in (string[])["url", "sameAs"])
        {
            urls.AddRange(item.Values(term).Where(v => v.Value.ValueKind == JsonValueKind.String).Select(v => v.Value.GetString()!));
        }

        var said = Date(document, item, "datePublished") ?? Date(document, item, "dateCreated");
        var appearance = Appearance(document, item, "firstAppearance") ?? Appearance(document, item, "appearance");
        return new ReviewedClaimInput(claimed ?? "", Actor(document, item, "author", ActorKind.Person),
            said is { } s ? new ApproximateDate(s.Date, s.Precision) : null, appearance, urls);
    }

    private static AppearanceInput? Appearance(JsonLdNodes document, JsonLdNode claim, string term)
    {
        AppearanceInput? found = null;
        foreach (var (value, path) in claim.Values(term))
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                found ??= CheckedUrl(document, value.GetString(), path) is { } url ? new AppearanceInput(url, null, null, null) : null;
                continue;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                document.Error(path, "Must be a URL or a CreativeWork with a url.");
                continue;
            }

            var work = document.Resolve(document.Node(value, path));
            var address = work.First("url") is { } u ? CheckedUrl(document, u.Value.ValueKind == JsonValueKind.String ? u.Value.GetString() : null, u.Path)
                : work.Id is { } id && Uri.TryCreate(id, UriKind.Absolute, out _) ? CheckedUrl(document, id, JsonLdNodes.Child(path, "@id")) : null;
            if (address is not null && found is null)
            {
                var published = Date(document, work, "datePublished");
                found = new AppearanceInput(address, Limited(document, work, "headline", Limits.Headline) ?? Limited(document, work, "name", Limits.Headline),
                    published?.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Language(document, work));
            }
        }

        return found;
    }

    /// <summary>An actor named in the markup, as an object (Person, Organization, ...) or only by name.</summary>
    private static ActorInput? Actor(JsonLdNodes document, JsonLdNode node, string term, ActorKind fallback)
    {
        string? plain = null;
        foreach (var actor in node.Nodes(term, (words, _) => plain ??= words))
        {
            var name = Limited(document, actor, "name", Limits.Name) ?? Limited(document, actor, "alternateName", Limits.Name);
            if (name is null || NameKey.Of(name).Length == 0)
            {
                continue;
            }

            var wikidata = actor.Values("sameAs").Where(v => v.Value.ValueKind == JsonValueKind.String)
                .Select(v => Wikidata().Match(v.Value.GetString()!)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
            return new ActorInput(name, Kind(actor, fallback), wikidata);
        }

        return plain is { Length: <= Limits.Name } && NameKey.Of(plain).Length > 0 ? new ActorInput(plain, fallback, null) : null;
    }

    private static ActorKind Kind(JsonLdNode actor, ActorKind fallback) =>
        actor.Is("Person") ? ActorKind.Person
        : actor.Is("GovernmentOrganization") ? ActorKind.Government
        : actor.Is("NewsMediaOrganization") ? ActorKind.Outlet
        : actor.Types.Count > 0 && !actor.Is("Thing") ? ActorKind.Organisation
        : fallback;
}
