using Pathlight.Identity;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Hosting;

/// <summary>
/// Applies every journey's <c>retention_days</c> once when the server starts and then daily, so facts past it go even
/// when nothing is imported. A run that fails (the store briefly held by the CLI) is tried again sooner.
/// </summary>
internal sealed class RetentionService(DuckDbStore store, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromDays(1);
    internal static readonly TimeSpan Retry = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = RunOnce() ? Interval : Retry;
            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over every journey with a retention period; false when any of them failed.</summary>
    internal bool RunOnce()
    {
        var succeeded = true;
        IReadOnlyList<JourneySummary> journeys;
        try
        {
            journeys = store.ListJourneys();
        }
        catch (Exception e) when (e is PathlightException or System.Data.Common.DbException)
        {
            Log.RetentionFailed(logger, e, "every journey", (int)Retry.TotalMinutes);
            return false;
        }

        foreach (var summary in journeys)
        {
            try
            {
                var journey = store.GetJourney(summary.Id);
                if (journey.Options.RetentionDays is not { } days) continue;

                var removed = store.ApplyRetention(journey, time.GetUtcNow().UtcDateTime);
                if (removed.Facts > 0) LogRemoved(journey.Id, days, removed);
            }
            catch (Exception e) when (e is PathlightException or System.Data.Common.DbException)
            {
                Log.RetentionFailed(logger, e, summary.Id, (int)Retry.TotalMinutes);
                succeeded = false;
            }
        }

        return succeeded;
    }

    private void LogRemoved(string journey, int days, RemovalCounts removed) =>
        Log.RetentionApplied(logger, journey, days, removed.Facts, removed.Interactions, removed.Responses, removed.Cases,
            removed.Outcomes, removed.Identifiers);
}
