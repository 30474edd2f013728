using System.Text.Json;
using Pathlight.Drivers;
using Pathlight.Facts;
using Pathlight.Opportunities;
using Pathlight.Paths;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Drivers;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Opportunities;

/// <summary>The backlog on the demo (2,000 customers, seed 7): what the data says, through the real store and CLI.</summary>
public sealed class DemoOpportunitiesTests(DemoDriversStore demo) : IClassFixture<DemoDriversStore>
{
    private OpportunityReport Report()
    {
        var store = DuckDbStore.Open(demo.Db, create: false);
        return store.GetOpportunities(store.GetJourney("product-launch"), FactFilter.All);
    }

    [Fact]
    public void TheStockOutAndStoreEnquiriesAreTheTopTwoOpportunities()
    {
        var report = Report();

        Assert.Equal("out-of-stock", report.Opportunities[0].TouchpointId);
        Assert.Equal(["out-of-stock", "store-enquiry"], report.Opportunities.Take(2).Select(o => o.TouchpointId));
        Assert.Equal(report.Opportunities.Max(o => o.LoyaltyTerm), report.Opportunities[0].LoyaltyTerm);
        var byLoyalty = report.Opportunities.OrderByDescending(o => o.LoyaltyTerm).Select(o => o.TouchpointId).ToList();
        Assert.Equal(["out-of-stock", "store-enquiry"], byLoyalty.Take(2));
    }

    [Fact]
    public void ATouchpointAboveExpectationsIsListedOnlyForTheHarmItsCasesDo()
    {
        var report = Report();

        // The launch-day purchase meets expectations; customers after its setup cases rate us lower, so it stays on the
        // list for that support demand alone.
        var purchase = report.Opportunities.Single(o => o.TouchpointId == "launch-purchase");
        Assert.Equal(0, purchase.LoyaltyTerm);
        Assert.True(purchase.SupportTerm > 0);
        Assert.Equal(purchase.SupportTerm, purchase.Priority);
        Assert.Equal(purchase.Evidence.CaseShare!.Value / 100 * purchase.Evidence.Harm.Weight, purchase.SupportTerm, 12);
    }

    [Fact]
    public void TheEvidenceIsTheScorecardsTheDriversAndTheSupportReportsOwnFigures()
    {
        var store = DuckDbStore.Open(demo.Db, create: false);
        var journey = store.GetJourney("product-launch");
        var report = Report();
        var drivers = store.GetDrivers(journey, FactFilter.All, DriverOutcome.Recommend);
        var scorecard = Pathlight.Scorecards.ScorecardBuilder.Build(journey, store.GetStatistics(journey, FactFilter.All), null, null);

        var top = report.Opportunities[0];
        Assert.Equal(scorecard.Touchpoints.Single(t => t.Id == top.TouchpointId).Perception.Gap, top.Evidence.Gap);
        Assert.Equal(drivers.Drivers.Single(d => d.TouchpointId == top.TouchpointId).Share, top.Evidence.Importance.Share);
        Assert.Equal("Supply chain", top.Owner);

        // Out of stock: 188 customers with a case and 594 who met it (all with an interaction there), of 2,000.
        Assert.Equal(2000, report.Customers);
        Assert.Equal((188L, 594L), (top.Evidence.CaseCustomers, top.Evidence.ReachCustomers));
        var support = Pathlight.Support.SupportReportBuilder.Build(journey, store.GetSupport(journey, FactFilter.All), null, null);
        var harm = SupportHarm.Of(support.Find(top.TouchpointId)!.Nps.Difference, support.Overall.Nps.Difference);
        Assert.Equal(harm, top.Evidence.Harm);
        Assert.Equal(188.0 / 2000 * harm.Weight, top.SupportTerm, 12);
        var gap = top.Evidence.Gap!.Value;
        Assert.Equal(top.Evidence.Importance.Share * (-gap / 10) * (594.0 / 2000), top.LoyaltyTerm, 12);
    }

    [Fact]
    public void ReachCoversAtLeastTheCustomersOnThePaths()
    {
        var store = DuckDbStore.Open(demo.Db, create: false);
        var journey = store.GetJourney("product-launch");
        var reach = store.GetReach(journey, FactFilter.All);
        var paths = store.GetPaths(journey, FactFilter.All);

        Assert.Equal(paths.Customers, reach.Customers);
        foreach (var node in paths.Nodes.Where(n => !PathNodes.IsSynthetic(n.Node)))
        {
            Assert.InRange(reach.Of(node.Node), node.Customers, reach.Customers);
        }
    }

    [Fact]
    public void NoDemoStatementBlamesAnyone()
    {
        foreach (var statement in Report().Opportunities.Select(o => o.Statement))
        {
            foreach (var word in OpportunityStatementTests.BlameWords)
            {
                Assert.DoesNotContain(word, statement, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void TheJsonStatesTheMethodAndListsTheRankedOpportunities()
    {
        var cli = CliRunner.Run("opportunities", "--format", "json", "--db", demo.Db);

        Assert.Equal(0, cli.ExitCode);
        using var json = JsonDocument.Parse(cli.Out);
        var root = json.RootElement;
        Assert.Contains("importance share x (shortfall / 10) x reach", root.GetProperty("method").GetProperty("loyalty_term").GetString(),
            StringComparison.Ordinal);
        var first = root.GetProperty("opportunities")[0];
        Assert.Equal("out-of-stock", first.GetProperty("touchpoint").GetString());
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        var evidence = first.GetProperty("evidence");
        Assert.Equal(2000, evidence.GetProperty("reach").GetProperty("n").GetInt64());
        Assert.Equal(594, evidence.GetProperty("cases_per_1000").GetProperty("n").GetInt64());
        Assert.Equal("red", evidence.GetProperty("light").GetString());
        Assert.Equal(50, evidence.GetProperty("kpi").GetProperty("target").GetDouble());
    }

    [Fact]
    public void OutputWritesTheExportToAFile()
    {
        using var folder = new DisposableFolder();
        var csvFile = folder.File("backlog.csv");
        var jsonFile = folder.File("backlog.json");

        var csv = CliRunner.Run("opportunities", "--format", "csv", "--output", csvFile, "--db", demo.Db);
        var json = CliRunner.Run("opportunities", "--format", "json", "--output", jsonFile, "--db", demo.Db);

        Assert.Equal((0, 0), (csv.ExitCode, json.ExitCode));
        Assert.Equal("", csv.Out);
        Assert.Equal(CliRunner.Run("opportunities", "--format", "csv", "--db", demo.Db).Out, File.ReadAllText(csvFile));
        Assert.Equal(CliRunner.Run("opportunities", "--format", "json", "--db", demo.Db).Out, File.ReadAllText(jsonFile));
        Assert.Contains("backlog.csv", csv.Error, StringComparison.Ordinal);
    }
}
