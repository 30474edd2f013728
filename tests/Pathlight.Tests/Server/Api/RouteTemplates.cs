using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Pathlight.Tests.Server.Api;

/// <summary>
/// Routes as OpenAPI writes them: parameters as <c>{name}</c> without constraints, no trailing slash, so that
/// <c>/api/v1/journeys/{journeyId}/{kind:regex(…)}</c> and a group's <c>/api/v1/journeys/</c> compare plainly.
/// </summary>
internal static class RouteTemplates
{
    public static string Of(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            _ => throw new InvalidOperationException($"unknown route part {p}"),
        })));
        return "/" + string.Join('/', segments);
    }

    /// <summary>Each method and template the endpoints answer; endpoints that name no method are left out.</summary>
    public static IEnumerable<(string Method, string Template)> MethodsAndTemplates(IEnumerable<RouteEndpoint> endpoints) =>
        from endpoint in endpoints
        let methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []
        from method in methods
        select (method, Of(endpoint.RoutePattern));
}
