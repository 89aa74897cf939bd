namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// Query parameters the action's request class declares but the action does not take, e.g. the paging of the
/// claim list on the whole-list export. They answer 400 with the reason rather than being ignored (a client
/// sending pageSize=10 would otherwise take a million rows for ten), and the OpenAPI document leaves them out.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NotApplicableQueryAttribute(string reason, params string[] names) : Attribute
{
    public string Reason { get; } = reason;

    public IReadOnlyList<string> Names { get; } = names;
}
