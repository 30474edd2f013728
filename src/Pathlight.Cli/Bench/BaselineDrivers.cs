using System.Diagnostics;
using System.Text;
using Pathlight.Drivers;
using Pathlight.Journeys;

namespace Pathlight.Cli.Bench;

/// <summary>
/// The baseline of the key-driver analysis: plain SQL that pivots each customer's mean touchpoint scores into one
/// row with a column per touchpoint, next to their latest relationship NPS answer; the rows then go through the same
/// Core computation as Pathlight's, so the comparison is of the data access.
/// </summary>
internal static class BaselineDrivers
{
    public static BaselineDriverRun Analyze(BaselineDatabase database, Journey journey)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(journey);
        var sample = new DriverSample(journey.Touchpoints.Count);
        using var command = database.Command(Sql(journey));
        using var reader = command.ExecuteReader();
        var scores = new double[sample.Drivers];
        long accumulating = 0;
        while (reader.Read())
        {
            for (var j = 0; j < scores.Length; j++)
            {
                scores[j] = reader.IsDBNull(j + 2) ? double.NaN : reader.GetDouble(j + 2);
            }

            var outcome = reader.IsDBNull(1) ? double.NaN : reader.GetDouble(1);
            var start = Stopwatch.GetTimestamp();
            sample.Add(outcome, scores);
            accumulating += Stopwatch.GetTimestamp() - start;
        }

        var analysis = Stopwatch.StartNew();
        var report = DriverAnalysis.Analyze(journey, DriverOutcome.Nps, sample, null, null);
        return new BaselineDriverRun(report, Stopwatch.GetElapsedTime(0, accumulating), analysis.Elapsed);
    }

    private static string Sql(Journey journey)
    {
        var pivot = new StringBuilder();
        foreach (var touchpoint in journey.Touchpoints)
        {
            pivot.Append(", any_value(score) FILTER (WHERE touchpoint = '")
                .Append(touchpoint.Id.Replace("'", "''", StringComparison.Ordinal))
                .Append("')");
        }

        return $"""
            WITH scores AS (
                SELECT customer_id, touchpoint, avg(coalesce(reality, nps))::DOUBLE AS score
                FROM responses
                WHERE touchpoint IS NOT NULL AND customer_id IS NOT NULL AND coalesce(reality, nps) IS NOT NULL
                GROUP BY customer_id, touchpoint
            ),
            outcome AS (
                SELECT customer_id, arg_max(nps, (timestamp, id))::DOUBLE AS y
                FROM responses
                WHERE touchpoint IS NULL AND customer_id IS NOT NULL AND nps IS NOT NULL
                GROUP BY customer_id
            ),
            matrix AS (
                SELECT customer_id{pivot} FROM scores GROUP BY customer_id
            )
            SELECT m.customer_id, o.y, m.* EXCLUDE (customer_id)
            FROM matrix m LEFT JOIN outcome o ON o.customer_id = m.customer_id
            """;
    }
}
