using System.Text.Json;
using Pathlight.Reports;

namespace Pathlight.Paths;

/// <summary>
/// Writes a path report as indented JSON, the same for the CLI and the API. Measured values are
/// {"value", "low", "high", "n"}; absent data is a JSON null with its key present.
/// </summary>
public static class PathsJson
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="report">The report to write.</param>
    /// <param name="stream">The destination; left open.</param>
    public static void Write(PathReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = ReportJson.CreateWriter(stream);
        json.WriteStartObject();
        json.WriteJourney(report.JourneyId, report.JourneyName);
        json.WriteDate("from", report.From);
        json.WriteDate("to", report.To);
        json.WriteNumber("customers", report.Customers);
        WriteStrings(json, "support_nodes", report.SupportNodes);
        WriteStrings(json, "goal_touchpoints", report.GoalTouchpoints);
        json.WriteBoolean("cases_as_support", report.CasesAsSupport);

        json.WriteStartObject("shares");
        json.WriteMeasure("planned", report.Shares.Planned);
        json.WriteMeasure("detour", report.Shares.Detour);
        json.WriteMeasure("support", report.Shares.Support);
        json.WriteMeasure("drop_off", report.Shares.DropOff);
        json.WriteMeasure("left_planned", report.Shares.LeftPlanned);
        json.WriteEndObject();

        json.WriteStartArray("classes");
        foreach (var share in report.Classes)
        {
            json.WriteStartObject();
            json.WriteString("class", PathText.Of(share.Class));
            json.WriteNumber("customers", share.Customers);
            json.WriteMeasure("share", share.Share);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("transitions");
        foreach (var transition in report.Transitions)
        {
            json.WriteStartObject();
            json.WriteString("from", transition.From);
            json.WriteString("to", transition.To);
            json.WriteNumber("count", transition.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("top_paths");
        foreach (var path in report.TopPaths)
        {
            json.WriteStartObject();
            WriteStrings(json, "path", path.Nodes);
            json.WriteNumber("customers", path.Customers);
            json.WriteMeasure("share", path.Share);
            json.WriteString("class", PathText.Of(path.Verdict.Class));
            json.WriteBoolean("detour", path.Verdict.Detour);
            json.WriteBoolean("support", path.Verdict.Support);
            json.WriteBoolean("drop_off", path.Verdict.DropOff);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("touchpoints");
        foreach (var node in report.Nodes)
        {
            json.WriteStartObject();
            json.WriteString("id", node.Node);
            json.WriteString("name", node.Name);
            json.WriteBoolean("support", node.Support);
            json.WriteNumber("customers", node.Customers);
            json.WriteNumber("left", node.Left);
            json.WriteMeasure("continue", node.Continue);
            json.WriteMeasure("leave", node.Leave);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("flow");
        foreach (var step in report.Flow)
        {
            json.WriteStartObject();
            json.WriteNumber("step", step.Step);
            json.WriteString("from", step.From);
            json.WriteString("to", step.To);
            json.WriteNumber("count", step.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
