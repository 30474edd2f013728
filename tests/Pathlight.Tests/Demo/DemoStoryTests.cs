namespace Pathlight.Tests.Demo;

/// <summary>How the experiences add up: answers that agree with reality, support cases, loyalty and churn.</summary>
public sealed class DemoStoryTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void CustomersWithAStockOutCaseChurnMore(int seed)
    {
        var data = DemoDataset.Get(2000, seed);
        var churned = data.Outcomes.Where(r => r["kind"] == "churned").Select(r => r.Customer).ToHashSet();
        var stockOutCase = data.Cases.Where(r => r.Touchpoint == "out-of-stock").Select(r => r.Customer).ToHashSet();
        var anyCase = data.Cases.Select(r => r.Customer).ToHashSet();
        var everyone = data.Interactions.Select(r => r.Customer).Distinct().ToList();

        var withCase = ChurnRate(everyone.Where(stockOutCase.Contains), churned);
        var withoutCase = ChurnRate(everyone.Where(c => !anyCase.Contains(c)), churned);
        var stockOutWithoutCase = ChurnRate(everyone.Where(c => !anyCase.Contains(c) && data.CustomersAt("out-of-stock").Contains(c)), churned);
        Assert.True(withCase > 2 * withoutCase, $"{withCase:F1}% with a stock-out case, {withoutCase:F1}% without a case");
        Assert.True(withCase > stockOutWithoutCase, $"{withCase:F1}% with a case, {stockOutWithoutCase:F1}% after the stock-out without one");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RelationshipNpsFallsMostWithTheStockOut(int seed)
    {
        var data = DemoDataset.Get(2000, seed);
        var answers = data.RelationshipResponses.Where(r => !r.IsBlank("nps")).ToList();
        var nps = answers.Select(r => r.Number("nps")!.Value).ToList();
        var correlations = DemoDataset.JourneyOrder.ToDictionary(
            t => t,
            t =>
            {
                var met = data.CustomersAt(t);
                return SampleStatistics.Pearson(answers.Select(r => met.Contains(r.Customer) ? 1.0 : 0.0).ToList(), nps);
            });
        var stockOut = correlations["out-of-stock"];
        Assert.True(stockOut < -0.3, $"r = {stockOut:F2}");
        Assert.All(correlations.Where(c => c.Key != "out-of-stock"), c => Assert.True(stockOut < c.Value - 0.1, $"{c.Key}: {c.Value:F2} vs {stockOut:F2}"));
        Assert.True(correlations["launch-purchase"] > 0 && correlations["launch-marketing"] > 0);
    }

    [Fact]
    public void StockOutScoreIsTheStrongestDriverOfRelationshipNps()
    {
        var data = DemoDataset.Get(10_000, 42);
        var relationship = data.RelationshipResponses.Where(r => !r.IsBlank("nps")).ToDictionary(r => r.Customer, r => r.Number("nps")!.Value);
        var correlations = DemoDataset.JourneyOrder.ToDictionary(t => t, t =>
        {
            var pairs = data.Responses.Where(r => r.Touchpoint == t && !r.IsBlank("reality") && relationship.ContainsKey(r.Customer)).ToList();
            return SampleStatistics.Pearson(pairs.Select(r => r.Number("reality")!.Value).ToList(), pairs.Select(r => relationship[r.Customer]).ToList());
        });
        Assert.Equal("out-of-stock", correlations.MaxBy(c => c.Value).Key);
    }

    [Fact]
    public void AnswersAgreeWithReality()
    {
        var responses = DemoDataset.Get(2000, 1).Responses.Where(r => r.Touchpoint != "").ToList();
        var both = responses.Where(r => !r.IsBlank("reality") && !r.IsBlank("nps")).ToList();
        Assert.True(SampleStatistics.Pearson(both.Select(r => r.Number("reality")!.Value).ToList(), both.Select(r => r.Number("nps")!.Value).ToList()) > 0.7);

        double TopTwo(Func<double, bool> reality) => SampleStatistics.Rate(
            responses.Where(r => !r.IsBlank("csat") && !r.IsBlank("reality") && reality(r.Number("reality")!.Value)).Select(r => r.Number("csat") >= 4));
        Assert.True(TopTwo(x => x >= 7) > 80 && TopTwo(x => x <= 4) < 20);

        double Met(bool shortfall) => SampleStatistics.Rate(responses
            .Where(r => !r.IsBlank("expectations_met") && !r.IsBlank("reality") && !r.IsBlank("expectation"))
            .Where(r => r.Number("reality") < r.Number("expectation") == shortfall)
            .Select(r => r.Flag("expectations_met")!.Value));
        Assert.True(Met(shortfall: false) > 80 && Met(shortfall: true) < 20);

        foreach (var column in new[] { "nps", "csat", "ces", "expectation", "reality", "would_recommend" })
        {
            Assert.InRange(100.0 * responses.Count(r => r.IsBlank(column)) / responses.Count, 1, 25);
        }

        Assert.InRange(100.0 * responses.Count(r => !r.IsBlank("comment")) / responses.Count, 10, 25);
    }

    [Fact]
    public void CasesLookLikeSupportWork()
    {
        var data = DemoDataset.Get(2000, 1);
        var byCause = data.Cases.GroupBy(r => r.Touchpoint).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal("out-of-stock", byCause.MaxBy(c => c.Value).Key);
        Assert.True(byCause.ContainsKey("store-enquiry") && byCause.ContainsKey("launch-purchase"));

        var contacts = data.Interactions.Where(r => r.Touchpoint == "support-contact").ToLookup(r => (r.Customer, r["timestamp"]));
        foreach (var supportCase in data.Cases)
        {
            var count = supportCase.Number("contacts")!.Value;
            var firstContact = supportCase.Flag("first_contact_resolution")!.Value;
            Assert.InRange(count, 1, 4);
            Assert.Equal(firstContact, count == 1);
            Assert.False(string.IsNullOrEmpty(supportCase["channel"]) || string.IsNullOrEmpty(supportCase["category"]));
            Assert.Contains(contacts[(supportCase.Customer, supportCase["opened"])], c => c.Flag("success") == firstContact);
        }

        Assert.Contains(data.Cases, r => r.IsBlank("resolved"));
        Assert.Contains(data.Cases, r => r.Flag("reopened") == true);
    }

    [Fact]
    public void RepeatPurchasesComeFromOwnersWhoStayed()
    {
        var data = DemoDataset.Get(2000, 1);
        Assert.Equal(["churned", "repeat_purchase"], data.Outcomes.Select(r => r["kind"]).Distinct().Order());
        var owners = data.Interactions
            .Where(r => (r.Touchpoint == "launch-purchase" || r.Touchpoint == "out-of-stock") && r.Flag("success") == true)
            .Select(r => r.Customer)
            .ToHashSet();
        var churned = data.Outcomes.Where(r => r["kind"] == "churned").Select(r => r.Customer).ToHashSet();
        foreach (var repeat in data.Outcomes.Where(r => r["kind"] == "repeat_purchase"))
        {
            Assert.Contains(repeat.Customer, owners);
            Assert.DoesNotContain(repeat.Customer, churned);
            Assert.True(repeat.Number("value") > 0);
        }
    }

    private static double ChurnRate(IEnumerable<string> customers, HashSet<string> churned) =>
        SampleStatistics.Rate(customers.Select(churned.Contains));
}
