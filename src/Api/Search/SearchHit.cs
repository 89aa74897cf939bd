namespace NewsroomClaims.Api.Search;

/// <summary>One search result.</summary>
/// <param name="Type">What was found; fetch it at /api/v1/{type}s/{id}.</param>
/// <param name="Id">The claim's, article's or actor's id.</param>
/// <param name="Title">Claim content, article headline or actor name, as plain text.</param>
/// <param name="Snippet">
/// The best matching passage (from the quote, body or aliases when they match, else the title), HTML-escaped,
/// with each matched word wrapped in &lt;mark&gt;…&lt;/mark&gt;: safe to insert into a page as is.
/// </param>
/// <param name="Score">Relevance; higher is better. Comparable within one search only.</param>
/// <param name="Date">When the claim was made or the article published; null for actors.</param>
/// <param name="SpeakerId">The claim's speaker; null for articles, actors and unnamed sources.</param>
public sealed record SearchHit(SearchType Type, Guid Id, string Title, string Snippet, double Score, DateTime? Date, Guid? SpeakerId);
