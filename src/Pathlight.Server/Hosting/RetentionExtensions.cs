using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pathlight.Server.Hosting;

/// <summary>Registers the background service that applies the journeys' retention periods.</summary>
public static class RetentionExtensions
{
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<RetentionService>();
        return services;
    }
}
