using System.ComponentModel.DataAnnotations;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Search;

/// <summary>What a search hit is.</summary>
public enum SearchType
{
    Claim,
    Article,
    Actor,
}

/// <summary>A full-text query with optional filters, best matches first.</summary>
public sealed class SearchRequest : PageRequest
{
    public const int MaxQueryLength = 500;

    /// <summary>
    /// Words to find (all of them, any form: "reopen" finds "reopened"). "Quoted words" must appear together,
    /// -word excludes, OR between words finds either. Other punctuation is ignored.
    /// </summary>
    [Required(ErrorMessage = "'q' is required: the words to search for.")]
    public string? Q { get; set; }

    /// <summary>Only hits of this type.</summary>
    public SearchType? Type { get; set; }

    /// <summary>Only claims this actor made.</summary>
    public Guid? Speaker { get; set; }

    /// <summary>Only claims and articles dated on or after this day (actors have no date).</summary>
    public DateOnly? From { get; set; }

    /// <summary>Only claims and articles dated on or before this day.</summary>
    public DateOnly? To { get; set; }
}
