using Pathlight.Support;

namespace Pathlight.Tests.Support;

public sealed class NpsDifferenceTests
{
    [Fact]
    public void DifferenceUsesTheAdjustedWaldVariancesOfBothGroups()
    {
        // A: 5 promoters, 2 detractors of 10 → NPS 30; n′ = 13, p′ = 5.75/13, d′ = 2.75/13, centre 0.230769,
        //    v = (0.653846 − 0.230769²)/13 = 0.0461994.
        // B: 4 promoters, 8 detractors of 20 → NPS −20; n′ = 23, p′ = 4.75/23, d′ = 8.75/23, centre −0.173913,
        //    v = (0.586957 − 0.173913²)/23 = 0.0242048.
        // Difference 50; interval 100·(0.404682 ± 1.96·√0.0704042) = −11.538 to 92.474.
        var d = NpsDifference.Of(new NpsCounts(5, 2, 10), new NpsCounts(4, 8, 20))!;

        Assert.Equal(50, d.Value, 9);
        Assert.Equal(-11.537993, d.Low!.Value, 5);
        Assert.Equal(92.474448, d.High!.Value, 5);
        Assert.Equal(30, d.N);
    }

    [Fact]
    public void AllPromotersAgainstAllDetractorsStaysWithinTheRangeOfADifference()
    {
        // Centres ±100/103, each v = (100.75/103 + 0.75/103 − (100/103)²)/103 = 0.000415: 100·(1.941748 ± 0.056482).
        var d = NpsDifference.Of(new NpsCounts(100, 0, 100), new NpsCounts(0, 100, 100))!;

        Assert.Equal(200, d.Value);
        Assert.Equal(188.522, d.Low!.Value, 3);
        Assert.Equal(199.828, d.High!.Value, 3);
    }

    [Fact]
    public void AGroupWithoutAnswersGivesNoDifference() => Assert.Null(NpsDifference.Of(new NpsCounts(1, 0, 1), default));

    [Fact]
    public void CountsAddAnswersByBand()
    {
        var counts = new NpsCounts().Add(10).Add(9).Add(8).Add(7).Add(6).Add(0);

        Assert.Equal(new NpsCounts(2, 2, 6), counts);
        Assert.Equal(0, counts.Nps!.Value);
    }
}
