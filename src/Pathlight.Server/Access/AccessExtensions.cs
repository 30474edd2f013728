using Microsoft.AspNetCore.Authentication;

namespace Pathlight.Server.Access;

/// <summary>API keys for <c>/api</c>, a sign-in cookie for the dashboard, and the role policies.</summary>
public static class AccessExtensions
{
    public static IServiceCollection AddPathlightAccess(this IServiceCollection services)
    {
        services.AddAuthentication(Policies.ApiKeyScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Policies.ApiKeyScheme, null)
            .AddCookie(Policies.CookieScheme, options =>
            {
                options.Cookie.Name = "pathlight";
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.LoginPath = "/signin";
                options.AccessDeniedPath = "/signin";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, p => p.AddAuthenticationSchemes(Policies.ApiKeyScheme).RequireRole("admin", "analyst"))
            .AddPolicy(Policies.Ingest, p => p.AddAuthenticationSchemes(Policies.ApiKeyScheme).RequireRole("admin", "ingest"))
            .AddPolicy(Policies.Admin, p => p.AddAuthenticationSchemes(Policies.ApiKeyScheme).RequireRole("admin"))
            .AddPolicy(Policies.Dashboard, p => p.AddAuthenticationSchemes(Policies.CookieScheme).RequireRole("admin", "analyst"));
        return services;
    }
}
