using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Statistics;

namespace Pathlight.Timelines;

/// <summary>
/// The first / last / peak analysis: per customer with at least two touchpoint scores and an answer to the outcome, the
/// first contact's score, the last's, the best and the worst against the average of all their scores, as predictors of
/// the overall outcome. Each predictor's Pearson r, then for each contact the regression of the outcome on the average
/// plus that contact: its standardized coefficient and the R² it adds beyond the average.
/// </summary>
public static class MomentsAnalysis
{
    /// <summary>The contacts set against the average, in report order.</summary>
    public static IReadOnlyList<MomentPredictor> Contacts { get; } =
        [MomentPredictor.First, MomentPredictor.Last, MomentPredictor.Worst, MomentPredictor.Best];

    /// <summary>Analyses the customers of <paramref name="journey"/> against <paramref name="outcome"/>.</summary>
    /// <param name="journey">The journey, for its name and minimum sample.</param>
    /// <param name="customers">Each customer's touchpoint scores in time order and relationship answers.</param>
    /// <param name="outcome">The overall outcome to predict.</param>
    public static MomentsReport Analyze(Journey journey, IEnumerable<CustomerScores> customers, MomentsOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(customers);
        var considered = 0;
        var moments = new List<ContactMoments>();
        foreach (var customer in customers)
        {
            considered++;
            if (ContactMoments.Of(customer, outcome) is { } m) moments.Add(m);
        }

        var y = moments.Select(m => m.Outcome).ToArray();
        var columns = Enum.GetValues<MomentPredictor>().ToDictionary(p => p, p => moments.Select(m => m.Value(p)).ToArray());
        var predictors = Enum.GetValues<MomentPredictor>()
            .Select(p => new PredictorCorrelation(p, MeanOf(columns[p]), MomentsRegression.Pearson(columns[p], y)))
            .ToList();

        var average = columns[MomentPredictor.Average];
        var averageR2 = MomentsRegression.Standardized(y, average)?.R2;
        var draws = averageR2 is null ? null : MomentsBootstrap.Draws(y, average, [.. Contacts.Select(c => columns[c])]);
        var increments = Contacts.Select((contact, i) =>
                Increment(contact, y, average, columns[contact], averageR2, draws is null ? null : MomentsBootstrap.Interval(draws[i])))
            .ToList();

        var report = new MomentsReport(journey.Id, journey.Name, outcome, considered, moments.Count, journey.Options.MinSample,
            predictors, averageR2, increments, LastOverFirst(increments, draws), MomentsBootstrap.Resamples, []);
        return report with { Statements = MomentsStatements.Of(report) };
    }

    private static MomentIncrement Increment(MomentPredictor contact, double[] y, double[] average, double[] values, double? averageR2,
        (double Low, double High)? interval)
    {
        if (averageR2 is not { } alone || MomentsRegression.Standardized(y, average, values) is not { } fit)
        {
            return new MomentIncrement(contact, null, null, null, null, null);
        }

        var n = y.Length;
        var delta = Math.Max(0, fit.R2 - alone);
        return new MomentIncrement(contact, fit.R2, new Measure(delta, interval?.Low, interval?.High, n),
            fit.Coefficient(1, n), fit.Coefficient(0, n), fit.P(1));
    }

    // The last contact's increment minus the first's, with the percentile interval of the paired bootstrap differences.
    private static Measure? LastOverFirst(List<MomentIncrement> increments, double[][]? draws)
    {
        var first = Contacts.ToList().IndexOf(MomentPredictor.First);
        var last = Contacts.ToList().IndexOf(MomentPredictor.Last);
        if (draws is null || increments[first].DeltaR2 is not { } f || increments[last].DeltaR2 is not { } l) return null;

        var interval = MomentsBootstrap.Interval(draws[last].Zip(draws[first], (a, b) => a - b));
        return new Measure(l.Value - f.Value, interval?.Low, interval?.High, l.N);
    }

    private static Measure? MeanOf(double[] values) =>
        MeanInterval.Of(values.Aggregate(default(Moments), (sum, v) => sum.Add(v)));
}
