using Pathlight.Metrics;
using Pathlight.Opportunities;
using Pathlight.Statistics;

namespace Pathlight.Tests.Opportunities;

/// <summary>The one-line statements: built from the figures, addressed to the owning team, never blaming anyone.</summary>
public sealed class OpportunityStatementTests
{
    internal static readonly string[] BlameWords = ["fail", "fault", "blame", "poor", "bad", "worst", "culprit", "guilty"];

    // The demo journey's touchpoint names and ids, which no phrase of a statement may contain by itself.
    private static readonly string[] DemoNames =
    [
        "product-news", "Product news", "store-enquiry", "Store enquir", "call-centre", "Call centre", "launch-marketing",
        "Launch marketing", "launch-purchase", "Launch-day", "out-of-stock", "Out of stock", "support-contact", "Support contacts",
        "Supply chain", "Store operations", "Customer service", "Communications", "Marketing", "Sales",
    ];

    [Fact]
    public void AStatementNamesTheTeamTheReachTheShortfallTheImportanceAndTheSupportDemand()
    {
        var input = OpportunityRankingTests.Input("a", 0, new Measure(-2.94, -3.2, -2.6, 169), Light.Red,
            new TouchpointImportance(0.35, 0.1, 0.3, 0.1, 0.4, 90, null), 300, 94, owner: "Team Blue", name: "Zeta") with
        {
            CasesPerThousand = new Measure(316.5, 272.9, 365.1, 594),
        };

        var statement = OpportunityRanking.Rank([input], 1000)[0].Statement;

        Assert.Equal("Opportunity for Team Blue: 30% of customers meet Zeta, where it lands 2.9 points below what they expect; " +
            "it explains 35% of whether customers recommend us and leads to 317 support cases per 1,000 contacts.", statement);
    }

    [Fact]
    public void AStatementWithoutAShortfallSpeaksOfSupportDemandOnly()
    {
        var input = OpportunityRankingTests.Input("a", 0, new Measure(0.4, 0.2, 0.6, 400), Light.Green,
            new TouchpointImportance(0.34, 0.1, 0.4, 0.3, 0.5, 250, null), 573, 44, owner: null, name: "Omega");

        var statement = OpportunityRanking.Rank([input], 1000)[0].Statement;

        Assert.Equal("Opportunity for the team behind Omega: 57% of customers meet Omega, where it meets what they expect; " +
            "it leads to 77 support cases per 1,000 contacts.", statement);
    }

    [Fact]
    public void NoStatementBlamesAnyoneOrNamesADemoTouchpointOfItsOwn()
    {
        var statements = Variations().SelectMany(v => OpportunityRanking.Rank(v, 1000)).Select(o => o.Statement).ToList();

        Assert.True(statements.Count >= 8, $"only {statements.Count} statements");
        foreach (var statement in statements)
        {
            Assert.StartsWith("Opportunity for ", statement, StringComparison.Ordinal);
            Assert.EndsWith(".", statement, StringComparison.Ordinal);
            foreach (var word in BlameWords) Assert.DoesNotContain(word, statement, StringComparison.OrdinalIgnoreCase);
            foreach (var name in DemoNames) Assert.DoesNotContain(name, statement, StringComparison.OrdinalIgnoreCase);
        }
    }

    // Every branch of the phrasing: with and without a gap, shortfall, importance, cases, a case rate and an owner.
    private static IEnumerable<OpportunityInput[]> Variations()
    {
        var important = new TouchpointImportance(0.4, 0.1, 0.3, 0.1, 0.5, 100, null);
        var excluded = TouchpointImportance.None(5, "fewer than 30 customers");
        foreach (var gap in new Measure?[] { new(-2.5, -3, -2, 80), new(-0.05, -0.3, 0.2, 80), new(1, 0.5, 1.5, 80), null })
        {
            foreach (var importance in new[] { important, excluded })
            {
                foreach (var cases in new long[] { 0, 30 })
                {
                    foreach (var owner in new[] { "Team Y", null })
                    {
                        yield return [OpportunityRankingTests.Input("t", 0, gap, gap is null ? Light.Grey : Light.Red, importance, 400, cases, owner, "Kappa")];
                        yield return [OpportunityRankingTests.Input("u", 0, gap, Light.Red, importance, 2, cases, owner, "Lambda") with { CasesPerThousand = null }];
                    }
                }
            }
        }
    }
}
