using Pathlight.Tests.Demo;

namespace Pathlight.Tests.Support;

/// <summary>
/// What the support figures find in the demo (2,000 customers, seed 7). Nothing here knows how the demo is made: the
/// expectations are the story a CX analyst should be able to read from the data.
/// </summary>
public sealed class SupportDemoTests(SupportDemoStore demo) : IClassFixture<SupportDemoStore>
{
    [Fact]
    public void CustomersWithAStockOutCaseChurnMoreThanComparableCustomersWithoutOne()
    {
        var churn = demo.Report.Find("out-of-stock")!.Churn;

        Assert.True(churn.Difference!.Low > 0,
            $"churn with a case {churn.WithCase!.Value:F1}% vs without {churn.Without!.Value:F1}%, difference interval {churn.Difference.Low:F1} to {churn.Difference.High:F1}");
        Assert.True(churn.WithCase!.N >= 100, $"n = {churn.WithCase.N}");
    }

    [Fact]
    public void TheStockOutCausesTheMostCasesPerInteraction()
    {
        var rows = demo.Report.Touchpoints.Where(r => r.CasesPerThousand is not null).ToList();
        var outOfStock = demo.Report.Find("out-of-stock")!.CasesPerThousand!;

        Assert.All(rows.Where(r => r.TouchpointId != "out-of-stock"), r => Assert.True(r.CasesPerThousand!.High < outOfStock.Low,
            $"{r.TouchpointId}: {r.CasesPerThousand.Value:F1} per 1,000, interval up to {r.CasesPerThousand.High:F1}"));
    }

    [Fact]
    public void CaseTotalsMatchTheGeneratedCases()
    {
        var cases = DemoDataset.Get(2000, 7).Cases;

        foreach (var row in demo.Report.Touchpoints)
        {
            var generated = cases.Where(c => c.Touchpoint == row.TouchpointId).ToList();
            Assert.Equal(generated.Count, row.Cases);
            Assert.Equal(generated.Select(c => c.Customer).Distinct().Count(), row.Customers);
            Assert.Equal(generated.Sum(c => (long)c.Number("contacts")!.Value), row.Contacts);
            Assert.Equal(generated.Count(c => c.IsBlank("resolved")), row.Open);
        }

        Assert.Equal(cases.Count, demo.Report.Overall.Cases);
        Assert.Equal(demo.Report.Touchpoints.Sum(r => r.Cases), demo.Report.Overall.Cases);
    }

    [Fact]
    public void ResolvedCasesHaveRecoveryTimesWithIntervals()
    {
        var row = demo.Report.Find("out-of-stock")!;

        Assert.Equal(row.Cases - row.Open, row.Resolved);
        Assert.True(row.RecoveryMedianHours!.HasInterval);
        Assert.True(row.RecoveryP90Hours!.HasInterval);
        Assert.True(row.RecoveryMedianHours.Value < row.RecoveryP90Hours.Value);
        Assert.InRange(row.FirstContactResolution!.Value, 0, 100);
    }
}
