using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Routing;

namespace NewsroomClaims.Api.Access;

/// <summary>
/// Gives every action a policy from its HTTP method unless it names one itself: reads need a reader,
/// POST/PUT/PATCH an editor, DELETE an admin. New endpoints are therefore never left open by accident.
/// </summary>
internal sealed class AccessConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        var declared = action.Attributes.Concat(action.Controller.Attributes)
            .Any(a => a is IAuthorizeData or IAllowAnonymous);
        if (declared)
        {
            return;
        }

        foreach (var selector in action.Selectors)
        {
            var methods = selector.EndpointMetadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            selector.EndpointMetadata.Add(new AuthorizeAttribute(PolicyFor(methods)));
        }
    }

    public static string PolicyFor(IReadOnlyCollection<string> methods) =>
        methods.Contains(HttpMethods.Delete) ? AccessPolicies.Admin
        : methods.Count > 0 && methods.All(m => m is "GET" or "HEAD" or "OPTIONS") ? AccessPolicies.Reader
        : AccessPolicies.Editor;
}
