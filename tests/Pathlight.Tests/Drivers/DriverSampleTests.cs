using Pathlight.Drivers;

namespace Pathlight.Tests.Drivers;

/// <summary>
/// The sample's sums against a plain two-pass computation over the same customers held in full: means first, then
/// the centred sums, pair by pair over the customers who have both.
/// </summary>
public sealed class DriverSampleTests
{
    private const int Drivers = 9;

    [Fact]
    public void PairwiseMomentsEqualATwoPassComputation()
    {
        var (outcomes, scores) = Customers(seed: 7, count: 9000);
        var sample = Fill(outcomes, scores);
        var rows = outcomes.Select((y, c) => (double[])[y, .. scores[c]]).ToList();

        AssertMoments(rows, sample.Pairwise);
        Assert.Equal(9000, sample.Pairwise.Rows);
    }

    [Fact]
    public void ModelColumnsEqualATwoPassComputation()
    {
        var (outcomes, scores) = Customers(seed: 8, count: 9000);
        var sample = Fill(outcomes, scores);
        var rows = outcomes
            .Select((y, c) => (y, c))
            .Where(p => !double.IsNaN(p.y))
            .Select(p => (double[])[p.y, .. scores[p.c].SelectMany(s => double.IsNaN(s) ? new[] { 0.0, 0.0 } : [s, 1.0])])
            .ToList();

        AssertMoments(rows, sample.Model);
        // Driver 0 is rated by everyone and driver 8 by no one: their indicators do not vary.
        Assert.Equal(0, sample.Model.Covariance(2, 2));
        Assert.Equal(0, sample.Model.Covariance(18, 18));
        Assert.True(double.IsNaN(sample.Model.Correlation(0, 18)));
    }

    [Fact]
    public void AConstantThatIsNotABinaryFractionHasNoCorrelation()
    {
        var moments = new PairwiseMoments(2);
        moments.Add([double.NaN, 6.5]);
        for (var i = 0; i < 5000; i++) moments.Add([i % 11, 20.0 / 3]);

        Assert.True(double.IsNaN(moments.Correlation(0, 1)));
        Assert.Equal(20.0 / 3, moments.Mean(1, 0), 12);
    }

    [Fact]
    public void SparseDriversMustAscend()
    {
        var sample = new DriverSample(3);

        Assert.Throws<ArgumentException>(() => sample.Add(1, [2, 1], [5.0, 6.0]));
        Assert.Throws<ArgumentException>(() => sample.Add(1, [3], [5.0]));
        Assert.Throws<ArgumentException>(() => sample.Add(1, [0, 1], [5.0]));
    }

    // Outcomes 0–10 (a fifth missing); scores the mean of one to three answers 0–10, so not always binary fractions,
    // each missing with its driver's own probability: driver 0 always rated, the last never.
    private static (double[] Outcomes, double[][] Scores) Customers(int seed, int count)
    {
        var random = new Random(seed);
        var outcomes = new double[count];
        var scores = new double[count][];
        for (var c = 0; c < count; c++)
        {
            var disposition = random.Next(-2, 3);
            outcomes[c] = random.NextDouble() < 0.2 ? double.NaN : Math.Clamp(6 + disposition + random.Next(-2, 3), 0, 10);
            scores[c] = new double[Drivers];
            for (var j = 0; j < Drivers; j++)
            {
                var skip = j == 0 ? 0 : j == Drivers - 1 ? 1 : 0.1 * j;
                if (random.NextDouble() < skip)
                {
                    scores[c][j] = double.NaN;
                    continue;
                }

                var answers = random.Next(1, 4);
                var sum = 0;
                for (var a = 0; a < answers; a++) sum += Math.Clamp(7 + disposition + random.Next(-3, 3), 0, 10);
                scores[c][j] = (double)sum / answers;
            }
        }

        return (outcomes, scores);
    }

    // Every other customer through the sparse overload.
    private static DriverSample Fill(double[] outcomes, double[][] scores)
    {
        var sample = new DriverSample(Drivers);
        for (var c = 0; c < outcomes.Length; c++)
        {
            if (c % 2 == 0)
            {
                sample.Add(outcomes[c], scores[c]);
                continue;
            }

            var rated = Enumerable.Range(0, Drivers).Where(j => !double.IsNaN(scores[c][j])).ToArray();
            sample.Add(outcomes[c], rated, [.. rated.Select(j => scores[c][j])]);
        }

        return sample;
    }

    private static void AssertMoments(List<double[]> rows, PairwiseMoments moments)
    {
        for (var i = 0; i < moments.Variables; i++)
        {
            for (var j = 0; j < moments.Variables; j++)
            {
                var both = rows.Where(r => !double.IsNaN(r[i]) && !double.IsNaN(r[j])).ToList();
                Assert.Equal(both.Count, moments.Count(i, j));
                if (both.Count < 2) continue;

                var meanX = both.Average(r => r[i]);
                var meanY = both.Average(r => r[j]);
                var xx = both.Sum(r => (r[i] - meanX) * (r[i] - meanX));
                var yy = both.Sum(r => (r[j] - meanY) * (r[j] - meanY));
                var xy = both.Sum(r => (r[i] - meanX) * (r[j] - meanY));
                Assert.Equal(meanX, moments.Mean(i, j), 1e-12);
                Assert.Equal(xy / (both.Count - 1), moments.Covariance(i, j), 1e-10);
                if (xx > 0 && yy > 0) Assert.Equal(xy / Math.Sqrt(xx * yy), moments.Correlation(i, j), 1e-12);
                else Assert.True(double.IsNaN(moments.Correlation(i, j)), $"correlation of {i} and {j}");
            }
        }
    }
}
