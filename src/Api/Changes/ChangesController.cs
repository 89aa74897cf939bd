using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Changes;

/// <summary>Every committed change, in commit order: for tools that mirror, index or react to what the newsroom records.</summary>
[Route("api/v1/changes")]
[Tags("Changes")]
[Produces("application/json")]
[NoReadCache]
public sealed class ChangesController(ChangeFeed feed, ChangeSignal signal, IOptions<ChangeFeedOptions> options, TimeProvider time) : ApiControllerBase
{
    /// <summary>Read the change feed after a token.</summary>
    /// <remarks>
    /// Every create, update, retraction and deletion of articles, actors, claims, relations, reviews and statements, in the order the changes
    /// were committed, each with the resource as it then stood (for a deletion, as it last was). Store `nextToken` and
    /// pass it as `after` next time: you get every later change exactly once, in order, across restarts and on any
    /// instance. With `wait`, an answer with no change waits up to that many seconds for one. A token older than the
    /// feed's retention answers 410 with `latestToken` to start again from.
    /// </remarks>
    [HttpGet(Name = nameof(ListChanges))]
    [ProducesResponseType<ChangePage>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status410Gone, "application/problem+json")]
    public async Task<ActionResult<ChangePage>> ListChanges([FromQuery] ChangeListRequest request, CancellationToken cancellationToken)
    {
        var floor = await feed.FloorAsync(cancellationToken);
        var head = await feed.HeadAsync(cancellationToken);
        var after = request.After is null ? floor - 1 : Decode(request.After);
        if (after < floor - 1)
        {
            throw new ApiException(StatusCodes.Status410Gone, "The token is older than the change feed's retention.",
                $"Changes made more than {options.Value.Retention.TotalDays:0.##} days ago are no longer replayed, and some after this token are among them. " +
                "Read the resources again from their lists, then follow the feed from latestToken.")
            {
                Extensions = new Dictionary<string, object?> { ["latestToken"] = ChangeToken.Encode(head), ["oldestToken"] = ChangeToken.Encode(floor - 1) },
            };
        }

        if (after > head)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, "The token is ahead of the change feed.",
                "No change with this token was committed to this database; use a token this API gave you.");
        }

        var filter = request.Filter;
        var read = await feed.ReadAsync(after, filter, request.PageSize, cancellationToken);
        var deadline = time.GetUtcNow() + TimeSpan.FromSeconds(request.Wait);
        while (read.Changes.Count == 0 && time.GetUtcNow() < deadline)
        {
            // A commit through this instance wakes the wait at once; other instances' commits are found at the next poll.
            var remaining = deadline - time.GetUtcNow();
            await signal.WaitAsync(remaining < options.Value.PollInterval ? remaining : options.Value.PollInterval, cancellationToken);
            read = await feed.ReadAsync(read.Next, filter, request.PageSize, cancellationToken);
        }

        var next = ChangeToken.Encode(read.Next);
        return new ChangePage(read.Changes, next, Link(next), read.HasMore, ChangeToken.Encode(read.Head));
    }

    private static long Decode(string token) => ChangeToken.TryDecode(token, out var sequence) ? sequence : 0;

    private string Link(string token)
    {
        var query = Request.Query.Where(q => !q.Key.Equals("after", StringComparison.OrdinalIgnoreCase))
            .Append(new KeyValuePair<string, StringValues>("after", token));
        return UriHelper.BuildAbsolute(Request.Scheme, Request.Host, Request.PathBase, Request.Path, QueryString.Create(query));
    }
}
