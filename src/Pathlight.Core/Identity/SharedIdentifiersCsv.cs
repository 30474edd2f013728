using System.Globalization;
using CsvHelper;
using Pathlight.Scorecards;

namespace Pathlight.Identity;

/// <summary>Writes a journey's shared identifiers as RFC 4180 CSV, one row each: <c>kind, value, customer_ids, first_seen</c>.</summary>
public static class SharedIdentifiersCsv
{
    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["kind", "value", "customer_ids", "first_seen"];

    /// <summary>Writes <paramref name="shared"/> to <paramref name="writer"/>, header first.</summary>
    /// <param name="shared">The shared identifiers, in report order.</param>
    /// <param name="writer">The destination; left open.</param>
    public static void Write(IReadOnlyList<SharedIdentifier> shared, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord([.. Columns]);
        foreach (var item in shared)
        {
            csv.WriteRecord([item.Identifier.Kind, item.Identifier.Value, item.CustomerIds.ToString(CultureInfo.InvariantCulture),
                ScorecardText.Of(item.FirstSeen)]);
        }
    }
}
