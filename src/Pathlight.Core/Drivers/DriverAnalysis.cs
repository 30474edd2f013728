using Pathlight.Journeys;
using Pathlight.Statistics;

namespace Pathlight.Drivers;

/// <summary>
/// Key-driver analysis: per customer, the overall outcome against each touchpoint's score, from pairwise-complete
/// statistics. Each touchpoint gets its Pearson r with the outcome and a 95% interval, and a part of the model's R²
/// (LMG up to <see cref="RelativeImportance.MaxExactDrivers"/> drivers, Johnson's relative weights above), placed
/// on the importance × performance grid.
/// </summary>
public static class DriverAnalysis
{
    /// <summary>Analyses a journey's <paramref name="sample"/>, whose driver i is the journey's i-th touchpoint.</summary>
    /// <param name="journey">The journey; its touchpoints name the drivers and its minimum sample size applies.</param>
    /// <param name="outcome">The outcome the sample holds.</param>
    /// <param name="sample">The customers' outcomes and scores.</param>
    /// <param name="from">Inclusive lower bound of the facts, for the report.</param>
    /// <param name="to">Exclusive upper bound of the facts, for the report.</param>
    /// <exception cref="ArgumentException">The sample does not have one driver per touchpoint.</exception>
    public static DriverReport Analyze(Journey journey, DriverOutcome outcome, DriverSample sample, DateTime? from, DateTime? to)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Drivers != journey.Touchpoints.Count)
        {
            throw new ArgumentException($"Expected {journey.Touchpoints.Count} drivers (one per touchpoint), not {sample.Drivers}.", nameof(sample));
        }

        var minSample = Math.Max(4, journey.Options.MinSample);
        var pairwise = sample.Pairwise;
        var n = sample.Model.Count(0, 0);
        var outcomeVaries = n >= 2 && sample.Model.Covariance(0, 0) > 0;
        var excluded = new List<ExcludedDriver>();
        var model = new List<int>();
        for (var index = 1; index <= journey.Touchpoints.Count; index++)
        {
            var touchpoint = journey.Touchpoints[index - 1];
            var pairs = pairwise.Count(0, index);
            var reason = !outcomeVaries ? OutcomeReason(n)
                : pairs < minSample ? $"fewer than {minSample} customers have both a score here and an outcome"
                : double.IsNaN(pairwise.Correlation(0, index)) ? "every customer who rated it gave the same score or had the same outcome"
                : null;
            if (reason is null) model.Add(index);
            else excluded.Add(new ExcludedDriver(touchpoint.Id, touchpoint.Name, pairs, reason));
        }

        var method = model.Count > RelativeImportance.MaxExactDrivers ? ImportanceMethod.RelativeWeights : ImportanceMethod.Lmg;
        if (model.Count == 0)
        {
            return new DriverReport(journey.Id, journey.Name, from, to, outcome, pairwise.Rows, n, null, method,
                new MissingData(Repaired: false), null, null, [], excluded);
        }

        var (correlation, groups) = ModelMatrix(sample.Model, model);
        var (matrix, repaired) = CorrelationRepair.Repair(correlation);
        var r2 = RelativeImportance.RSquared(matrix);
        var importance = method == ImportanceMethod.Lmg
            ? RelativeImportance.Lmg(matrix, groups)
            : RelativeImportance.RelativeWeights(matrix, groups);
        var performance = model.Select(index => Performance(pairwise, index)).ToList();
        var importanceCut = importance.Average();
        var performanceCut = performance.Average(p => p.Value);
        var drivers = model
            .Select((index, k) =>
            {
                var touchpoint = journey.Touchpoints[index - 1];
                var r = pairwise.Correlation(0, index);
                var pairs = pairwise.Count(0, index);
                var interval = CorrelationInterval.Of(r, pairs);
                return new KeyDriver(0, touchpoint.Id, touchpoint.Name, touchpoint.Owner, r, interval?.Low, interval?.High, pairs,
                    importance[k], r2 > 0 ? importance[k] / r2 : 0, performance[k],
                    Quadrant(importance[k] >= importanceCut, performance[k].Value >= performanceCut));
            })
            .OrderByDescending(d => d.Importance)
            .Select((d, k) => d with { Rank = k + 1 })
            .ToList();
        return new DriverReport(journey.Id, journey.Name, from, to, outcome, pairwise.Rows, n, r2, method,
            new MissingData(repaired), importanceCut, performanceCut, drivers, excluded);
    }

    /// <summary>The quadrant for a driver above or below the importance and performance cuts.</summary>
    public static DriverQuadrant Quadrant(bool important, bool performing) => (important, performing) switch
    {
        (true, false) => DriverQuadrant.FixFirst,
        (true, true) => DriverQuadrant.KeepUp,
        (false, true) => DriverQuadrant.PossibleOverkill,
        (false, false) => DriverQuadrant.LowPriority,
    };

    private static string OutcomeReason(long n) => n < 2
        ? "too few customers have an outcome"
        : "every customer has the same outcome, so there is nothing to explain";

    // The outcome, then per driver its score column and, unless every customer rated it, its indicator column.
    private static (double[,] Matrix, int[][] Groups) ModelMatrix(PairwiseMoments moments, IReadOnlyList<int> model)
    {
        var variables = new List<int> { 0 };
        var groups = new List<int[]>();
        foreach (var driver in model)
        {
            var columns = new List<int> { variables.Count };
            variables.Add((2 * driver) - 1);
            if (moments.Covariance(2 * driver, 2 * driver) > 0)
            {
                columns.Add(variables.Count);
                variables.Add(2 * driver);
            }

            groups.Add([.. columns]);
        }

        var matrix = new double[variables.Count, variables.Count];
        for (var a = 0; a < variables.Count; a++)
        {
            for (var b = 0; b < variables.Count; b++)
            {
                matrix[a, b] = a == b ? 1 : moments.Correlation(variables[a], variables[b]);
            }
        }

        return (matrix, [.. groups]);
    }

    private static Measure Performance(PairwiseMoments moments, int index)
    {
        var n = moments.Count(index, index);
        var mean = moments.Mean(index, index);
        var variance = moments.Covariance(index, index);
        if (n < 2) return new Measure(mean, null, null, n);
        var half = MeanInterval.Quantile(n - 1) * Math.Sqrt(variance / n);
        return new Measure(mean, mean - half, mean + half, n);
    }
}
