using System.Text.Json;
using Microsoft.Extensions.Options;
using Pathlight.Server.Access;
using Pathlight.Server.Api;
using Pathlight.Server.Hosting;
using Pathlight.Server.Pages;
using Pathlight.Server.Pages.Support;
using Pathlight.Server.Pages.Paths;
using Pathlight.Server.Pages.Drivers;
using Pathlight.Server.Pages.Customers;
using Pathlight.Server.Pages.AtRisk;
using Pathlight.Server.Pages.Opportunities;
using Pathlight.Server.Surveys;
using Pathlight.Server.Webhooks;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server;

/// <summary>Builds the web application: the REST API, the dashboard and the survey pages over one store.</summary>
public static class PathlightServer
{
    /// <summary>The address used when none is given.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// Builds the app. <paramref name="settings"/> override configuration (e.g. <c>Pathlight:Db</c>, <c>urls</c>);
    /// the store is opened (and upgraded) before the first request.
    /// </summary>
    public static WebApplication Build(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(PathlightServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddOptions<PathlightOptions>().BindConfiguration(PathlightOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Logging.ClearProviders();
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        if (builder.Configuration[$"{PathlightOptions.Section}:LogFormat"] == "json")
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.UseUtcTimestamp = true; o.TimestampFormat = "HH:mm:ss "; });
        }

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PathlightOptions>>().Value;
            return DuckDbStore.Open(options.Db, create: false, options.ResolveIdentityKey());
        });
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddPathlightProblemDetails();
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.AddPathlightAccess();
        builder.Services.AddAntiforgery();
        builder.Services.AddOpenApi("v1", o => o.AddBearerKeys());
        builder.Services.AddSurveys();
        builder.Services.AddDashboard();
        builder.Services.AddWebhooks();
        builder.Services.AddRetention();

        var app = builder.Build();
        var store = app.Services.GetRequiredService<DuckDbStore>();
        Log.Serving(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Pathlight.Server"), store.Path);

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLogging();
        app.UseAssets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealth();
        app.MapJourneysApi();
        app.MapScorecardApi();
        app.MapSupportApi();
        app.MapPathsApi();
        app.MapDriversApi();
        app.MapOpportunitiesApi();
        app.MapIngestApi();
        app.MapTimelineApi();
        app.MapIdentitiesApi();
        app.MapPrivacyApi();
        app.MapSignIn();
        app.MapSurveys();
        app.MapDashboard();
        app.MapSupportPages();
        app.MapPathsPages();
        app.MapDriversPages();
        app.MapCustomerPages();
        app.MapAtRiskApi();
        app.MapAtRiskPages();
        app.MapOpportunitiesPages();
        return app;
    }
}
