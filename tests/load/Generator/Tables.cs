using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;
using NewsroomClaims.Domain.Claims;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Load;

/// <summary>A table's columns and how to read each from an entity, for the bulk writers.</summary>
internal sealed record Table<T>(string Name, (string Column, Func<T, object?> Value)[] Columns);

/// <summary>The columns the generated rows fill (the rest stay NULL), in the API's schema.</summary>
internal static class Tables
{
    public static readonly Table<Actor> Actors = new("Actors",
    [
        ("Id", a => a.Id), ("Name", a => a.Name), ("Kind", a => a.Kind), ("CreatedAt", a => a.CreatedAt),
        ("UpdatedAt", a => a.UpdatedAt), ("Version", a => a.Version),
    ]);

    public static readonly Table<ActorName> ActorNames = new("ActorNames",
    [
        ("Id", n => n.Id), ("ActorId", n => n.ActorId), ("Value", n => n.Value), ("Normalized", n => n.Normalized), ("IsPrimary", n => n.IsPrimary),
    ]);

    public static readonly Table<Article> Articles = new("Articles",
    [
        ("Id", a => a.Id), ("Headline", a => a.Headline), ("PublisherId", a => a.PublisherId), ("CanonicalUrl", a => a.CanonicalUrl),
        ("PublishedAt", a => a.PublishedAt), ("Language", a => a.Language), ("Byline", a => a.Byline), ("Body", a => a.Body),
        ("SortKey", a => a.SortKey), ("CreatedAt", a => a.CreatedAt), ("UpdatedAt", a => a.UpdatedAt), ("Version", a => a.Version),
    ]);

    public static readonly Table<DomainClaim> Claims = new("Claims",
    [
        ("Id", c => c.Id), ("ArticleId", c => c.ArticleId), ("Content", c => c.Content), ("Quote", c => c.Quote), ("Kind", c => c.Kind),
        ("Cue", c => c.Cue), ("Origin", c => c.Origin), ("SpeakerId", c => c.SpeakerId), ("SaidOn", c => c.SaidOn),
        ("SaidOnPrecision", c => c.SaidOnPrecision), ("Topics", c => c.Topics), ("SortKey", c => c.SortKey),
        ("CreatedAt", c => c.CreatedAt), ("UpdatedAt", c => c.UpdatedAt), ("Version", c => c.Version),
    ]);

    public static readonly Table<ChainLink> ChainLinks = new("ChainLinks",
    [
        ("Id", l => l.Id), ("ClaimId", l => l.ClaimId), ("Position", l => l.Position), ("ActorId", l => l.ActorId), ("Cue", l => l.Cue),
    ]);

    public static readonly Table<ClaimSubject> ClaimSubjects = new("ClaimSubjects", [("ClaimId", s => s.ClaimId), ("ActorId", s => s.ActorId)]);
}
