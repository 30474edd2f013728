using System.Globalization;
using Pathlight.Facts;
using Pathlight.Timelines;
using Spectre.Console;

namespace Pathlight.Cli;

/// <summary>A customer's timeline for people: a summary, the touchpoints visited and the events in time order.</summary>
internal static class TimelineTable
{
    internal static void Write(IAnsiConsole console, CustomerTimeline timeline)
    {
        console.MarkupLine($"[bold]Customer {Markup.Escape(timeline.CustomerId)}[/] in {Markup.Escape(timeline.JourneyName)} ({Markup.Escape(timeline.JourneyId)})");
        var counts = string.Join(", ", Enum.GetValues<FactKind>().Select(k => Plural(timeline.Count(k), FactKinds.NameOf(k))));
        console.MarkupLine(Markup.Escape($"First seen {When(timeline.FirstSeen)}, last seen {When(timeline.LastSeen)} UTC · {counts}"));
        console.MarkupLine(Markup.Escape(timeline.CurrentExperience is { } now
            ? $"Experience now: {Number(now)} on 0–10, the mean of {timeline.Experience.Count} touchpoint score(s)"
            : "Experience now: no touchpoint scores"));
        console.MarkupLine(Markup.Escape(timeline.LatestRelationship is { } latest
            ? $"Latest relationship answer ({When(latest.At)}): {Relationship(latest)}"
            : "Latest relationship answer: none"));
        console.MarkupLine(Markup.Escape(timeline.OpenCases.Count == 0
            ? "Open cases: none"
            : "Open cases: " + string.Join("; ", timeline.OpenCases.Select(c =>
                $"{c.Id} ({c.Category ?? "no category"}, caused by {c.TouchpointId ?? "no touchpoint"}, opened {When(c.Opened)})"))));

        var visited = new Table().Border(TableBorder.Rounded).Title("Touchpoints visited")
            .AddColumns("Touchpoint", "Stage", "Interactions", "Responses", "Score");
        foreach (var column in visited.Columns.Skip(2)) column.RightAligned();
        foreach (var visit in timeline.Visited)
        {
            visited.AddRow(Markup.Escape(visit.Name), Markup.Escape(visit.StageId ?? "–"), $"{visit.Interactions}", $"{visit.Responses}",
                visit.Score is { } score ? Number(score) : "–");
        }

        console.Write(visited);

        var events = new Table().Border(TableBorder.Rounded).Title("Timeline")
            .AddColumns("When (UTC)", "Event", "Touchpoint", "Channel", "Details", "Experience");
        events.Columns[0].NoWrap();
        events.Columns[5].RightAligned();
        foreach (var item in timeline.Events)
        {
            var details = Markup.Escape(TimelineDetails.Describe(item));
            if (TimelineDetails.Comment(item) is { } comment) details += $"\n[italic]“{Markup.Escape(comment)}”[/]";
            events.AddRow(When(item.At), Kind(item.Kind), Markup.Escape(item.TouchpointName ?? "–"), Markup.Escape(item.Channel ?? "–"),
                details, item.Experience is { } running ? Number(running) : "");
        }

        console.Write(events);
        console.MarkupLine("[dim]Experience is the running mean of the customer's touchpoint scores (reality, else likelihood to recommend, 0–10) after each answer.[/]");
    }

    private static string Relationship(ResponseFact r)
    {
        var parts = new List<string>();
        if (r.Nps is { } nps) parts.Add($"likelihood to recommend {nps}");
        if (r.ExpectationsMet is { } met) parts.Add($"expectations met {(met ? "yes" : "no")}");
        if (r.WouldReturn is { } back) parts.Add($"would come back {(back ? "yes" : "no")}");
        if (r.WouldRecommend is { } recommend) parts.Add($"would recommend {(recommend ? "yes" : "no")}");
        return parts.Count == 0 ? "no answers" : string.Join(", ", parts);
    }

    private static string Kind(TimelineEventKind kind) => kind switch
    {
        TimelineEventKind.Interaction => "interaction",
        TimelineEventKind.Response => "response",
        TimelineEventKind.CaseOpened => "[bold]case opened[/]",
        TimelineEventKind.CaseResolved => "case resolved",
        _ => "[bold]outcome[/]",
    };

    private static string Plural(int count, string plural) => count == 1 ? $"1 {plural[..^1]}" : $"{count} {plural}";

    private static string When(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
