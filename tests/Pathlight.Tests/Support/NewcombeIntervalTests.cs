using Pathlight.Support;

namespace Pathlight.Tests.Support;

public sealed class NewcombeIntervalTests
{
    // Newcombe RG (1998), "Interval estimation for the difference between independent proportions: comparison of
    // eleven methods", Statistics in Medicine 17:873–890, Table II, method 10 (hybrid score, no continuity correction):
    // (a) 56/70 − 48/80: +0.0524 to +0.3339; (b) 9/10 − 3/10: +0.1705 to +0.8090; (e) 5/56 − 0/29: −0.0381 to +0.1926.
    [Theory]
    [InlineData(56, 70, 48, 80, 20.0, 5.24, 33.39)]
    [InlineData(9, 10, 3, 10, 60.0, 17.05, 80.90)]
    [InlineData(5, 56, 0, 29, 8.93, -3.81, 19.26)]
    public void MatchesNewcombesPublishedExamples(long x1, long n1, long x2, long n2, double difference, double low, double high)
    {
        var d = NewcombeInterval.Difference(x1, n1, x2, n2)!;

        Assert.Equal(difference, d.Value, 2);
        Assert.Equal(low, d.Low!.Value, 2);
        Assert.Equal(high, d.High!.Value, 2);
        Assert.Equal(n1 + n2, d.N);
    }

    [Fact]
    public void EitherEmptySampleGivesNoDifference()
    {
        Assert.Null(NewcombeInterval.Difference(0, 0, 3, 10));
        Assert.Null(NewcombeInterval.Difference(3, 10, 0, 0));
    }
}
