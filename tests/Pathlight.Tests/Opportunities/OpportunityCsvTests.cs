using CsvHelper;
using Pathlight.Metrics;
using Pathlight.Opportunities;
using Pathlight.Statistics;

namespace Pathlight.Tests.Opportunities;

/// <summary>The CSV export: its columns and one row per opportunity in rank order.</summary>
public sealed class OpportunityCsvTests
{
    [Fact]
    public void TheExportHasTheDocumentedColumnsAndARowPerOpportunity()
    {
        var inputs = new[]
        {
            OpportunityRankingTests.Input("a", 0, new Measure(-3.0, -3.5, -2.5, 50), Light.Red, new TouchpointImportance(0.5, 0.1, 0.3, 0.1, 0.5, 100, null), 100, 10),
            OpportunityRankingTests.Input("b", 1, new Measure(0.5, 0.1, 0.9, 60), Light.Green, TouchpointImportance.None(12, "too few, \"really\""), 80, 8),
        };
        var report = new OpportunityReport("j", "J", null, null, 200, 0.3, OpportunityRanking.Rank(inputs, 200));
        using var writer = new StringWriter();

        OpportunityCsv.Write(report, writer);

        var rows = Parse(writer.ToString());
        Assert.Equal(
        [
            "rank", "touchpoint", "name", "stage", "owner", "priority", "loyalty_term", "support_term", "statement",
            "gap", "gap_low", "gap_high", "gap_n", "light", "shortfall", "shortfall_low", "shortfall_high", "shortfall_counted",
            "importance_share", "importance", "r", "r_low", "r_high", "r_n", "importance_note",
            "reach", "reach_low", "reach_high", "reach_n", "reach_customers",
            "kpi_name", "kpi_value", "kpi_low", "kpi_high", "kpi_n", "kpi_target", "kpi_higher_is_better", "kpi_light", "kpi_relative_shortfall",
            "cases_per_1000", "cases_per_1000_low", "cases_per_1000_high", "cases_per_1000_n", "cases", "customers_with_case",
            "case_share", "case_share_low", "case_share_high", "case_share_n",
            "nps_difference_after_case", "nps_difference_after_case_low", "nps_difference_after_case_high", "nps_difference_after_case_n",
            "harm_from_journey", "support_harm",
        ], rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        var first = rows[0].Select((name, i) => (name, i)).ToDictionary(p => p.name, p => rows[1][p.i]);
        Assert.Equal(("1", "a", "0.125", "0.075", "0.05"), (first["rank"], first["touchpoint"], first["priority"], first["loyalty_term"], first["support_term"]));
        Assert.Equal(("-3", "-3.5", "-2.5", "50", "red"), (first["gap"], first["gap_low"], first["gap_high"], first["gap_n"], first["light"]));
        Assert.Equal(("3", "2.5", "3.5", "true"), (first["shortfall"], first["shortfall_low"], first["shortfall_high"], first["shortfall_counted"]));
        Assert.Equal(("50", "200", "100"), (first["reach"], first["reach_n"], first["reach_customers"]));
        var second = rows[0].Select((name, i) => (name, i)).ToDictionary(p => p.name, p => rows[2][p.i]);
        Assert.Equal(("b", "0", "too few, \"really\""), (second["touchpoint"], second["importance_share"], second["importance_note"]));
        Assert.Equal("", second["kpi_name"]);
    }

    internal static List<string[]> Parse(string text)
    {
        using var csv = CsvReader.Create(new StringReader(text), new CsvReaderOptions { HasHeader = false, AllowLineBreaksInQuotes = true }, leaveOpen: false);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray());
        }

        return rows;
    }
}
