using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.Changes;

/// <summary>The kinds of resource the feed reports changes to.</summary>
public enum ChangeResourceType
{
    Article,
    Actor,
    Claim,
    Relation,
    Review,
    Statement,
}

/// <summary>
/// Which changes a feed reader or a webhook subscription wants: resource types and actions (none listed: all), and for
/// claims, one speaker's or one article's. With a speaker or an article only claims match.
/// </summary>
public sealed record ChangeFilter(
    IReadOnlyCollection<ChangeResourceType> Types, IReadOnlyCollection<RevisionAction> Actions, Guid? Speaker, Guid? Article)
{
    public static readonly ChangeFilter All = new([], [], null, null);

    /// <summary>The revision's entity type as stored ("claim") for a resource type.</summary>
    public static string Stored(ChangeResourceType type) => type.ToString().ToLowerInvariant();

    public static ChangeResourceType Parse(string stored) => Enum.Parse<ChangeResourceType>(stored, ignoreCase: true);

    public IQueryable<Revision> Apply(IQueryable<Revision> revisions)
    {
        if (Types.Count > 0)
        {
            var types = Types.Select(Stored).ToList();
            revisions = types.Count == 1 ? revisions.Where(r => r.EntityType == types[0]) : revisions.Where(r => types.Contains(r.EntityType));
        }

        if (Actions.Count > 0)
        {
            var actions = Actions.ToList();
            revisions = revisions.Where(r => actions.Contains(r.Action));
        }

        if (Speaker is { } speaker)
        {
            revisions = revisions.Where(r => r.SpeakerId == speaker && r.EntityType == "claim");
        }

        if (Article is { } article)
        {
            revisions = revisions.Where(r => r.ArticleId == article && r.EntityType == "claim");
        }

        return revisions;
    }

    /// <summary>The same test as <see cref="Apply"/>, for one change already read.</summary>
    public bool Matches(Revision revision) =>
        (Types.Count == 0 || Types.Any(t => Stored(t) == revision.EntityType))
        && (Actions.Count == 0 || Actions.Contains(revision.Action))
        && (Speaker is null || (revision.EntityType == "claim" && revision.SpeakerId == Speaker))
        && (Article is null || (revision.EntityType == "claim" && revision.ArticleId == Article));
}
