using System.Globalization;
using Pathlight.Identity;
using Spectre.Console;

namespace Pathlight.Cli;

/// <summary>A stitched customer's identifiers and how they were stitched, for people.</summary>
internal static class IdentityTable
{
    internal static void Write(IAnsiConsole console, CustomerIdentity? identity, bool pseudonymized)
    {
        if (identity is null)
        {
            return;
        }

        var identifiers = new Table().Border(TableBorder.Rounded).Title("Identifiers")
            .AddColumns("Kind", "Value", "First seen (UTC)", "Shared");
        foreach (var known in identity.Identifiers)
        {
            identifiers.AddRow(Markup.Escape(known.Identifier.Kind), Markup.Escape(known.Identifier.Value), When(known.FirstSeen),
                known.Shared ? "[bold]shared[/]" : "");
        }

        console.Write(identifiers);
        if (pseudonymized)
        {
            console.MarkupLine("[dim]This journey stores identifiers as keyed hashes (pseudonymized); the values above are those hashes.[/]");
        }

        if (identity.Identifiers.Any(i => i.Shared))
        {
            console.MarkupLine("[dim]A shared identifier was seen with too many customer_ids; it is kept but merges no one.[/]");
        }

        if (identity.History.Count == 0)
        {
            console.MarkupLine("How this customer was stitched: from one identifier's facts alone, no merges.");
            return;
        }

        var history = new Table().Border(TableBorder.Rounded).Title("How this customer was stitched")
            .AddColumns("When (UTC)", "Event", "What happened");
        history.Columns[0].NoWrap();
        foreach (var e in identity.History)
        {
            history.AddRow(When(e.At), Markup.Escape(e.Event), Markup.Escape(IdentityEventText.Describe(e)));
        }

        console.Write(history);
    }

    private static string When(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
