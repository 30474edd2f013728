using System.Globalization;
using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Scorecards;
using Pathlight.Statistics;
using Spectre.Console;

namespace Pathlight.Cli;

/// <summary>The scorecard as a table for people: stages in order, lights as coloured words.</summary>
internal static class ScorecardTable
{
    internal static void Write(IAnsiConsole console, Scorecard card, Journey journey, string filterText)
    {
        console.MarkupLine($"[bold]{Markup.Escape(card.JourneyName)}[/] ({Markup.Escape(card.JourneyId)}){Markup.Escape(filterText)}");
        var table = new Table().Border(TableBorder.Rounded).AddColumns(
            "Touchpoint", "Light", "Gap [[95% CI]]", "NPS [[95% CI]]", "CSAT %", "CES", "Met/Ret./Rec. %", "KPI vs target", "n");
        table.Columns[1].NoWrap();
        foreach (var column in table.Columns.Skip(2))
        {
            column.RightAligned().NoWrap();
        }

        foreach (var stage in card.Stages)
        {
            table.AddRow(Perception($"[bold]Stage: {Markup.Escape(stage.Name)}[/]", stage.Perception, "", bold: true));
            foreach (var touchpoint in card.Touchpoints.Where(t => t.StageId == stage.Id))
            {
                var tags = string.Join(" · ", new[] { touchpoint.Channel, touchpoint.Owner, touchpoint.Intentional ? null : "unintentional" }
                    .Where(s => !string.IsNullOrEmpty(s)));
                var name = $"  {Markup.Escape(touchpoint.Name)}\n  [dim]{Markup.Escape(tags)}[/]";
                table.AddRow(Perception(name, touchpoint.Perception, Kpi(touchpoint.Kpi), bold: false));
            }
        }

        table.AddEmptyRow();
        table.AddRow(Perception("[bold]Whole journey[/]", card.Overall, "", bold: true));
        if (card.Relationship.Responses > 0)
        {
            var q = card.Relationship.ThreeQuestions;
            table.AddRow("[dim]Relationship survey[/]", "", "", Nps(card.Relationship.Nps), "", "",
                Markup.Escape($"{Percent(q.Met)}/{Percent(q.Return)}/{Percent(q.Recommend)}"), "",
                card.Relationship.Responses.ToString("N0", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLine(
            $"[dim]Lights compare reality with expectation (gap = reality − expectation, 0–10): GREEN met or exceeded, " +
            $"YELLOW up to {journey.Options.Tolerance:0.##} below, RED further below, GREY fewer than {journey.Options.MinSample} answers; " +
            $"WOW = {journey.Options.WowThreshold:0.##} or more above; ? = the 95% interval crosses a boundary. " +
            $"Three questions on track above {ThreeQuestions.TargetPercent:0}% yes.[/]");
    }

    internal static string LightWord(Light light, bool wow, bool uncertain)
    {
        var word = light.ToString().ToUpperInvariant();
        return word + (wow ? " WOW" : "") + (uncertain ? " ?" : "");
    }

    private static string[] Perception(string name, PerceptionCard p, string kpi, bool bold)
    {
        var q = p.ThreeQuestions;
        var three = $"{Percent(q.Met)}/{Percent(q.Return)}/{Percent(q.Recommend)}";
        return
        [
            name,
            $"[{Colour(p.Light)}]{(bold ? "[bold]" : "")}{Markup.Escape(LightWord(p.Light, p.Wow, p.Uncertain))}{(bold ? "[/]" : "")}[/]",
            Markup.Escape(WithInterval(p.Gap, "+0.00;−0.00;0.00", "+0.00;−0.00;0.00")),
            Nps(p.Nps),
            Markup.Escape(Percent(p.Csat)),
            Markup.Escape(p.Ces is null ? "–" : p.Ces.Value.ToString("0.0", CultureInfo.InvariantCulture)),
            Markup.Escape(three),
            kpi,
            p.Responses.ToString("N0", CultureInfo.InvariantCulture),
        ];
    }

    private static string Kpi(KpiResult? kpi)
    {
        if (kpi is null)
        {
            return "";
        }

        var unit = kpi.Kind == KpiKind.Rate ? "%" : "";
        var value = kpi.Value is null ? "–" : kpi.Value.Value.ToString("0.#", CultureInfo.InvariantCulture) + unit;
        var target = (kpi.HigherIsBetter ? "≥" : "≤") + kpi.Target.ToString("0.#", CultureInfo.InvariantCulture) + unit;
        return $"{Markup.Escape(value)} vs {Markup.Escape(target)} [{Colour(kpi.Light)}]{kpi.Light.ToString().ToUpperInvariant()}[/]\n[dim]{Markup.Escape(kpi.Name)}[/]";
    }

    private static string Nps(Measure? nps) => Markup.Escape(WithInterval(nps, "+0;−0;0", "+0;−0;0"));

    private static string WithInterval(Measure? m, string valueFormat, string boundFormat)
    {
        if (m is null)
        {
            return "–";
        }

        var value = m.Value.ToString(valueFormat, CultureInfo.InvariantCulture);
        return m.HasInterval
            ? $"{value} [{m.Low!.Value.ToString(boundFormat, CultureInfo.InvariantCulture)}, {m.High!.Value.ToString(boundFormat, CultureInfo.InvariantCulture)}]"
            : value;
    }

    private static string Percent(Measure? m) => m is null ? "–" : m.Value.ToString("0", CultureInfo.InvariantCulture);

    private static string Colour(Light light) => light switch
    {
        Light.Green => "green",
        Light.Yellow => "yellow",
        Light.Red => "red",
        _ => "grey",
    };
}
