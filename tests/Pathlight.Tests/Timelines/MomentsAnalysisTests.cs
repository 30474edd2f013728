using Pathlight.Journeys;
using Pathlight.Statistics;
using Pathlight.Tests.Storage;
using Pathlight.Timelines;

namespace Pathlight.Tests.Timelines;

public sealed class MomentsAnalysisTests
{
    private const double Precision = 1e-9;

    private static readonly Journey Journey = TestJourneys.With("j", "Journey J", "a", "b", "c");

    [Fact]
    public void ContactMomentsTakeFirstLastPeaksAndAverageInTimeOrder()
    {
        var moments = ContactMoments.Of(new CustomerScores("c", [6, 9, 2, 7], 8, null, null), MomentsOutcome.Nps)!;

        // First 6, last 7, best 9, worst 2, average (6 + 9 + 2 + 7) / 4 = 6.
        Assert.Equal((6.0, 7.0, 9.0, 2.0, 6.0, 8.0),
            (moments.First, moments.Last, moments.Best, moments.Worst, moments.Average, moments.Outcome));
    }

    [Fact]
    public void CustomersWithOneScoreOrNoAnswerToTheOutcomeAreLeftOut()
    {
        Assert.Null(ContactMoments.Of(new CustomerScores("one", [7], 8, null, null), MomentsOutcome.Nps));
        Assert.Null(ContactMoments.Of(new CustomerScores("no-nps", [7, 8], null, true, true), MomentsOutcome.Nps));
        Assert.Equal(1.0, ContactMoments.Of(new CustomerScores("yes", [7, 8], null, true, false), MomentsOutcome.Recommend)!.Outcome);
        Assert.Equal(0.0, ContactMoments.Of(new CustomerScores("no", [7, 8], null, true, false), MomentsOutcome.Return)!.Outcome);
    }

    [Fact]
    public void PearsonAndItsFisherIntervalMatchHandArithmetic()
    {
        // x = 1, 2, 3, 4, 5 and y = 2, 1, 4, 3, 5: deviations −2..2 and −1, −2, 1, 0, 2, so Sxy = 2 + 2 + 0 + 0 + 4 = 8,
        // Sxx = Syy = 10 and r = 8 / 10 = 0.8. Fisher: atanh 0.8 = ½ ln 9 = 1.0986123, ± 1.96 / √2 = 1.3859293, so the
        // interval is tanh(−0.2873170) = −0.2796635 to tanh(2.4845416) = 0.9861969.
        var r = MomentsRegression.Pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])!;

        Assert.Equal(0.8, r.Value, Precision);
        Assert.Equal(-0.2796635, r.Low!.Value, 1e-6);
        Assert.Equal(0.9861969, r.High!.Value, 1e-6);
        Assert.Equal(5, r.N);
    }

    [Fact]
    public void RegressionsMatchTheNormalEquationsSolvedByHand()
    {
        // Deviations from the means (3, 3, 1.4): y −2, 0, −1, 2, 1; a −2, −1, 0, 1, 2; x −0.4, −0.4, 0.6, 0.6, −0.4.
        // Syy = 10, Saa = 10, Say = 8, Sxx = 1.2, Sax = 1, Sxy = 1. Alone: R² = 8² / (10 · 10) = 0.64.
        // Both: [10 1; 1 1.2] b = [8; 1] gives b_a = 8.6 / 11, b_x = 2 / 11; R² = (8 · 8.6 / 11 + 1 · 2 / 11) / 10 = 7.08 / 11,
        // so ΔR² = 7.08 / 11 − 0.64 = 0.04 / 11, and the standardized β_x = (2 / 11) · √(1.2 / 10).
        double[] y = [1, 3, 2, 5, 4], a = [1, 2, 3, 4, 5], x = [1, 1, 2, 2, 1];

        var alone = MomentsRegression.Standardized(y, a)!;
        var both = MomentsRegression.Standardized(y, a, x)!;
        var fromCorrelations = MomentsRegression.DeltaR2(
            MomentsRegression.Pearson(a, y)!.Value, MomentsRegression.Pearson(x, y)!.Value, MomentsRegression.Pearson(a, x)!.Value);

        Assert.Equal(0.64, alone.R2, Precision);
        Assert.Equal(7.08 / 11, both.R2, Precision);
        Assert.Equal(0.04 / 11, fromCorrelations, Precision);
        Assert.Equal(2.0 / 11 * Math.Sqrt(0.12), both.Beta[1], Precision);
        Assert.Equal(8.6 / 11 * Math.Sqrt(1.0), both.Beta[0], Precision);
        Assert.Equal(2, both.DegreesOfFreedom);
    }

    [Fact]
    public void RegressionsMatchRsLmOnTheReferenceDataset()
    {
        var reference = ReferenceFiles.Reference();

        var report = MomentsAnalysis.Analyze(Journey, ReferenceFiles.Customers(), MomentsOutcome.Nps);

        Assert.Equal(14, report.N);
        Assert.Equal(reference["average"]["r2"]!.Value, report.AverageR2!.Value, Precision);
        foreach (var predictor in report.Predictors)
        {
            var row = reference[predictor.Predictor.ToString().ToLowerInvariant()];
            Assert.Equal(row["mean"]!.Value, predictor.Mean!.Value, Precision);
            AssertMeasure(row, "r", predictor.R);
        }

        foreach (var increment in report.Increments)
        {
            var row = reference[increment.Predictor.ToString().ToLowerInvariant()];
            Assert.Equal(row["r2"]!.Value, increment.R2!.Value, Precision);
            Assert.Equal(row["delta_r2"]!.Value, increment.DeltaR2!.Value, Precision);
            AssertMeasure(row, "beta", increment.Beta);
            AssertMeasure(row, "average_beta", increment.AverageBeta);
            Assert.Equal(row["p"]!.Value, increment.P!.Value, 1e-7);
        }
    }

    [Fact]
    public void BootstrapIntervalsHoldTheEstimateAndRepeatExactly()
    {
        var first = MomentsAnalysis.Analyze(Journey, ReferenceFiles.Customers(), MomentsOutcome.Nps);
        var again = MomentsAnalysis.Analyze(Journey, ReferenceFiles.Customers(), MomentsOutcome.Nps);

        foreach (var increment in first.Increments)
        {
            var delta = increment.DeltaR2!;
            Assert.True(delta.Low >= 0 && delta.Low <= delta.High, $"{increment.Predictor}: {delta}");
            Assert.InRange(delta.Value, delta.Low!.Value - 0.05, delta.High!.Value);
            Assert.Equal(delta, again.Increment(increment.Predictor).DeltaR2);
        }

        Assert.Equal(first.LastOverFirst, again.LastOverFirst);
    }

    [Fact]
    public void StatementsSayWhatTheLastContactAddsAndWhatIsNotClear()
    {
        var report = MomentsAnalysis.Analyze(Journey, ReferenceFiles.Customers(), MomentsOutcome.Nps);

        // R: the last contact's β = 0.59 [0.34, 0.84] excludes 0; the worst moment's β = −0.06 [−0.81, 0.68] does not.
        Assert.True(report.Increment(MomentPredictor.Last).Clear);
        Assert.False(report.Increment(MomentPredictor.Worst).Clear);
        Assert.Contains(report.Statements, s => s.StartsWith("The last contact adds ΔR² = 0.173 [", StringComparison.Ordinal)
            && s.Contains("(standardized β = 0.59 [0.34, 0.84])", StringComparison.Ordinal));
        Assert.Contains(report.Statements, s => s.StartsWith("The worst moment (the negative peak) adds nothing clear", StringComparison.Ordinal));
        Assert.Contains(report.Statements, s => s.Contains("fewer than the journey's minimum sample of 30", StringComparison.Ordinal));
    }

    [Fact]
    public void TooFewCustomersGiveCountsAndNoRegression()
    {
        var report = MomentsAnalysis.Analyze(Journey,
            [new CustomerScores("a", [5, 6], 7, null, null), new CustomerScores("b", [8, 3], 2, null, null), new CustomerScores("c", [4], 9, null, null)],
            MomentsOutcome.Nps);

        Assert.Equal((3, 2), (report.Considered, report.N));
        Assert.Null(report.AverageR2);
        Assert.All(report.Increments, i => Assert.Null(i.DeltaR2));
        Assert.Equal(2, report.Statements.Count);
        Assert.StartsWith("2 of 3 customers", report.Statements[0], StringComparison.Ordinal);
    }

    private static void AssertMeasure(Dictionary<string, double?> row, string name, Measure? measure)
    {
        Assert.NotNull(measure);
        Assert.Equal(row[name]!.Value, measure.Value, Precision);
        Assert.Equal(row[name + "_low"]!.Value, measure.Low!.Value, Precision);
        Assert.Equal(row[name + "_high"]!.Value, measure.High!.Value, Precision);
    }
}
