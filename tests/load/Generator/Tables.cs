using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Matching;
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

    /// <summary>Claims with their stored response (the API's read model), built by the API's own <see cref="ClaimDocument"/>.</summary>
    public static Table<(DomainClaim Claim, string Document)> Claims { get; } = new("Claims",
    [
        ("Id", c => c.Claim.Id), ("ArticleId", c => c.Claim.ArticleId), ("Content", c => c.Claim.Content), ("Quote", c => c.Claim.Quote),
        ("Kind", c => c.Claim.Kind), ("Cue", c => c.Claim.Cue), ("Origin", c => c.Claim.Origin), ("SpeakerId", c => c.Claim.SpeakerId),
        ("SaidOn", c => c.Claim.SaidOn), ("SaidOnPrecision", c => c.Claim.SaidOnPrecision), ("Topics", c => c.Claim.Topics.ToList()),
        ("SortKey", c => c.Claim.SortKey), ("CreatedAt", c => c.Claim.CreatedAt), ("UpdatedAt", c => c.Claim.UpdatedAt),
        ("Version", c => c.Claim.Version), ("Document", c => c.Document),
    ]);

    public static readonly Table<ChainLink> ChainLinks = new("ChainLinks",
    [
        ("Id", l => l.Id), ("ClaimId", l => l.ClaimId), ("Position", l => l.Position), ("ActorId", l => l.ActorId), ("Cue", l => l.Cue),
    ]);

    public static readonly Table<ClaimSubject> ClaimSubjects = new("ClaimSubjects", [("ClaimId", s => s.ClaimId), ("ActorId", s => s.ActorId)]);

    /// <summary>Claim embeddings as the matching worker stores them (codes and int8 vectors of synthetic vectors; see <see cref="SyntheticVectors"/>).</summary>
    public static readonly Table<ClaimEmbedding> ClaimEmbeddings = new("ClaimEmbeddings",
    [
        ("ClaimId", e => e.ClaimId), ("Seq", e => e.Seq), ("Model", e => e.Model), ("ContentHash", e => e.ContentHash), ("Code", e => e.Code),
        ("Vector", e => e.Vector), ("SpeakerId", e => e.SpeakerId), ("SortKey", e => e.SortKey), ("Active", e => e.Active),
        ("EmbeddedAt", e => e.EmbeddedAt),
    ]);
}
