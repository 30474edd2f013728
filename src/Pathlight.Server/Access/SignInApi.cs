using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Pathlight.Access;
using Pathlight.Server.Hosting;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Access;

/// <summary>Dashboard sign-in with an API key (sets the cookie) and sign-out. Both forms carry an antiforgery token.</summary>
public static class SignInApi
{
    public static RouteGroupBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Dashboard sign-in");
        group.MapPost("/signin", SignIn).WithSummary("Sign in to the dashboard with an admin or analyst API key.");
        group.MapPost("/signout", (Delegate)SignOut).WithSummary("Sign out of the dashboard.");
        return group;
    }

    /// <summary>The sign-in form.</summary>
    public sealed record SignInForm(string? Key, string? ReturnUrl);

    internal static async Task<RedirectHttpResult> SignIn([FromForm] SignInForm form, HttpContext context, DuckDbStore store,
        ILoggerFactory loggers)
    {
        if (!ApiKeySecret.TryParse(form.Key?.Trim(), out var secret) || store.AuthenticateApiKey(secret) is not { } key)
        {
            return TypedResults.Redirect("/signin?error=invalid");
        }

        if (key.Role == Role.Ingest)
        {
            return TypedResults.Redirect("/signin?error=role");
        }

        await context.SignInAsync(Policies.CookieScheme,
            ApiKeyAuthenticationHandler.PrincipalFor(key, Policies.CookieScheme));
        Log.SignedIn(loggers.CreateLogger("Pathlight.Server.Access"), key.Id, key.Role.ToString());
        var target = form.ReturnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            ? url
            : "/";
        return TypedResults.Redirect(target);
    }

    internal static async Task<Results<RedirectHttpResult, ProblemHttpResult>> SignOut(HttpContext context, IAntiforgery antiforgery)
    {
        // Minimal APIs enforce antiforgery only while binding form fields; this form has none, so check it here,
        // as the cookie's user the token was issued to (the default scheme here is the API key's).
        if (await context.AuthenticateAsync(Policies.CookieScheme) is { Succeeded: true, Principal: { } user })
        {
            context.User = user;
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.Problem("The sign-out form's antiforgery token is missing or invalid; reload the page and try again.",
                statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }

        await context.SignOutAsync(Policies.CookieScheme);
        return TypedResults.Redirect("/signin?signedout=1");
    }
}
