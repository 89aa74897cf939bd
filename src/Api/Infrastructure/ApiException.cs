namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// A failure that maps to one problem response. Thrown where the answer is known deep in a
/// write (a name another actor already has) so the transaction rolls back on the way out.
/// </summary>
public sealed class ApiException(int status, string title, string? detail = null, string? location = null) : Exception(detail ?? title)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;

    /// <summary>The existing resource a 409 points at.</summary>
    public string? Location { get; } = location;

    /// <summary>Seconds a 503 or 429 asks the client to wait (Retry-After).</summary>
    public int? RetryAfter { get; init; }

    /// <summary>Members the problem carries beside the standard ones (where a client can go on from, say).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    public static ApiException NotFound(string what, Guid id) => new(StatusCodes.Status404NotFound, $"{what} not found.", $"No {what.ToLowerInvariant()} has id {id}.");

    public static ApiException Conflict(string detail, string? location = null) => new(StatusCodes.Status409Conflict, "Conflict.", detail, location);

    /// <summary>Overload: the request was not started and may be sent again after a pause.</summary>
    public static ApiException Busy(string detail, int retryAfter = 1) =>
        new(StatusCodes.Status503ServiceUnavailable, "The service is busy; retry shortly.", detail) { RetryAfter = retryAfter };
}
