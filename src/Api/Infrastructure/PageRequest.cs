using System.ComponentModel;
using FluentValidation;

namespace NewsroomClaims.Api.Infrastructure;

public enum SortOrder
{
    Newest,
    Oldest,
}

/// <summary>Query parameters every list shares.</summary>
public abstract class PageRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Items per page, 1 to 100.</summary>
    [DefaultValue(DefaultPageSize)]
    public int PageSize { get; set; } = DefaultPageSize;

    /// <summary>The <c>nextPageToken</c> of the previous page; omit for the first page.</summary>
    public string? PageToken { get; set; }

    public PageCursor? Cursor => PageCursor.TryDecode(PageToken, out var cursor) ? cursor : null;
}

/// <summary>List parameters for lists ordered by date.</summary>
public abstract class DatedPageRequest : PageRequest
{
    /// <summary>Newest first (default) or oldest first.</summary>
    public SortOrder Sort { get; set; } = SortOrder.Newest;

    /// <summary>Only items dated on or after this day (ISO 8601, e.g. 2025-03-01).</summary>
    public DateOnly? From { get; set; }

    /// <summary>Only items dated on or before this day.</summary>
    public DateOnly? To { get; set; }

    public long? FromKey => From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks;

    public long? ToKeyExclusive => To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks;
}

internal static class PageRequestRules
{
    public static void AddPageRules<T>(this AbstractValidator<T> validator) where T : PageRequest
    {
        validator.RuleFor(r => r.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize);
        validator.RuleFor(r => r.PageToken)
            .Must(token => token is null || PageCursor.TryDecode(token, out _))
            .WithMessage("pageToken is not a token this API issued; use nextPageToken from the previous page.");
    }

    public static void AddDateRules<T>(this AbstractValidator<T> validator) where T : DatedPageRequest
    {
        validator.AddPageRules();
        validator.RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null && r.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}
