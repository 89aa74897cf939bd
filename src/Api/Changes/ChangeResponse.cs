using System.Text.Json;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.Changes;

/// <summary>One committed change to an article, actor, claim, relation, review or statement.</summary>
/// <param name="Token">Pass as <c>after</c> to resume right after this change.</param>
/// <param name="Sequence">The change's place in commit order: higher numbers committed later (numbers may skip).</param>
/// <param name="Id">The change's own id; webhook deliveries of it carry it as <c>webhook-id</c>.</param>
/// <param name="Type">The event type, <c>{resourceType}.{action}</c> (e.g. <c>claim.retracted</c>).</param>
/// <param name="ResourceType">article, actor, claim, relation, review or statement.</param>
/// <param name="ResourceId">The changed resource's id.</param>
/// <param name="Action">created, updated, retracted or deleted.</param>
/// <param name="Revision">The resource's revision number after this change (1 for its creation), as in its history.</param>
/// <param name="At">When the change was made (UTC).</param>
/// <param name="Author">The name of the API key that made it ("system" for the seed story and start-up work).</param>
/// <param name="Resource">The resource as this change left it (for a deletion: as it last was), with its id.</param>
public sealed record ChangeResponse(
    string Token, long Sequence, Guid Id, string Type, ChangeResourceType ResourceType, Guid ResourceId,
    RevisionAction Action, int Revision, DateTime At, string Author, JsonElement Resource);

/// <summary>Changes in commit order, and where to go on from.</summary>
/// <param name="Changes">Up to pageSize changes after the token, oldest first.</param>
/// <param name="NextToken">Pass as <c>after</c> for the changes after these; when none matched, the position reached (filtered-out changes are skipped for good).</param>
/// <param name="Next">The full link for the next call, filters included.</param>
/// <param name="HasMore">More matching changes are already committed; call <c>next</c> at once.</param>
/// <param name="LatestToken">The position of the newest committed change when this page was read: start there to follow only what happens from now on.</param>
public sealed record ChangePage(IReadOnlyList<ChangeResponse> Changes, string NextToken, string Next, bool HasMore, string LatestToken);
