using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Pathlight.Access;
using Pathlight.Server.Hosting;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Access;

/// <summary>
/// Authenticates <c>Authorization: Bearer pl_…</c> against the hashed keys in the store, and answers 401/403
/// as RFC 9457 problem details.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    DuckDbStore store,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || !ApiKeySecret.TryParse(header["Bearer ".Length..].Trim(), out var key))
        {
            return Task.FromResult(Refuse("the Authorization header is not 'Bearer <key>'"));
        }

        return Task.FromResult(store.AuthenticateApiKey(key) is { } info
            ? AuthenticateResult.Success(new AuthenticationTicket(PrincipalFor(info, Scheme.Name), Scheme.Name))
            : Refuse("unknown or revoked key"));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return WriteProblem(StatusCodes.Status401Unauthorized, "Unauthorized",
            "Send a valid API key as 'Authorization: Bearer <key>' (create one with `pathlight keys create`).");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status403Forbidden, "Forbidden",
            $"A key with the role '{Context.User.FindFirstValue(ClaimTypes.Role)}' may not do this.");

    internal static ClaimsPrincipal PrincipalFor(ApiKeyInfo key, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, key.Id),
                new Claim(ClaimTypes.Name, key.Name ?? key.Id),
                new Claim(ClaimTypes.Role, key.Role.ToString().ToLowerInvariant()),
            ],
            scheme));

    private AuthenticateResult Refuse(string reason)
    {
        Log.KeyRefused(Logger, reason);
        return AuthenticateResult.Fail(reason);
    }

    private Task WriteProblem(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
