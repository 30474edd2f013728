using Pathlight.Statistics;

namespace Pathlight.Tests.Statistics;

internal static class MeasureAssert
{
    public const double Exact = 1e-9;

    public static void Equal(Measure? actual, double value, double? low, double? high, long n, double tolerance = Exact)
    {
        Assert.NotNull(actual);
        Assert.Equal(value, actual.Value, tolerance);
        Bound(low, actual.Low, tolerance);
        Bound(high, actual.High, tolerance);
        Assert.Equal(n, actual.N);
    }

    private static void Bound(double? expected, double? actual, double tolerance)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal(expected.Value, actual.Value, tolerance);
    }
}
