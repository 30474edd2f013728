using Pathlight.Storage.DuckDb;
using Pathlight.Surveys;

namespace Pathlight.Server.Surveys;

/// <summary>The services the survey pages need: server-rendered components, the link signer and the rate limit.</summary>
public static class SurveyExtensions
{
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddSingleton(sp => new SurveyLinks(sp.GetRequiredService<DuckDbStore>().Secret(SurveyLinks.SecretName)));
        services.AddSurveyRateLimit();
        return services;
    }
}
