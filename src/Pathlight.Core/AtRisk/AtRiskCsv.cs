using System.Globalization;
using CsvHelper;
using Pathlight.Scorecards;

namespace Pathlight.AtRisk;

/// <summary>
/// Writes an at-risk list as RFC 4180 CSV with one row per reason (a customer with three reasons takes three rows,
/// each repeating the customer's risk score and last contact), in the list's order.
/// </summary>
public static class AtRiskCsv
{
    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["customer_id", "risk_score", "last_contact", "reason", "fact_id", "touchpoint", "at", "value", "weight"];

    /// <summary>Writes <paramref name="list"/> to <paramref name="writer"/>, header first.</summary>
    /// <param name="list">The list to write.</param>
    /// <param name="writer">The destination; left open.</param>
    public static void Write(AtRiskList list, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord([.. Columns]);
        foreach (var customer in list.Customers)
        {
            foreach (var reason in customer.Reasons)
            {
                csv.WriteRecord(
                [
                    customer.CustomerId,
                    customer.RiskScore.ToString(CultureInfo.InvariantCulture),
                    ScorecardText.Of(customer.LastContact),
                    AtRiskRules.NameOf(reason.Kind),
                    reason.FactId,
                    reason.TouchpointId ?? "",
                    ScorecardText.Of(reason.At),
                    reason.Value,
                    reason.Weight.ToString(CultureInfo.InvariantCulture),
                ]);
            }
        }
    }
}
