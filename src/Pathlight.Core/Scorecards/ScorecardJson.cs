using System.Text.Json;
using Pathlight.Metrics;
using Pathlight.Reports;

namespace Pathlight.Scorecards;

/// <summary>
/// Writes a scorecard as indented JSON. Every measured value is {"value", "low", "high", "n"} at full double
/// precision; absent data is a JSON null with its key present.
/// </summary>
public static class ScorecardJson
{
    /// <summary>Writes <paramref name="scorecard"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="scorecard">The scorecard to write.</param>
    /// <param name="stream">The destination; left open.</param>
    public static void Write(Scorecard scorecard, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = ReportJson.CreateWriter(stream);
        json.WriteStartObject();
        json.WriteJourney(scorecard.JourneyId, scorecard.JourneyName);
        json.WriteDate("from", scorecard.From);
        json.WriteDate("to", scorecard.To);

        json.WriteStartArray("touchpoints");
        foreach (var card in scorecard.Touchpoints) WriteTouchpoint(json, card);
        json.WriteEndArray();

        json.WriteStartArray("stages");
        foreach (var card in scorecard.Stages)
        {
            json.WriteStartObject();
            json.WriteString("id", card.Id);
            json.WriteString("name", card.Name);
            json.WriteStartArray("touchpoints");
            foreach (var id in card.TouchpointIds) json.WriteStringValue(id);
            json.WriteEndArray();
            WritePerception(json, card.Perception);
            json.WriteNumber("responses", card.Perception.Responses);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("overall");
        WritePerception(json, scorecard.Overall);
        json.WriteNumber("responses", scorecard.Overall.Responses);
        json.WriteEndObject();

        json.WriteStartObject("relationship");
        json.WriteMeasure("nps", scorecard.Relationship.Nps);
        WriteThreeQuestions(json, scorecard.Relationship.ThreeQuestions);
        json.WriteNumber("responses", scorecard.Relationship.Responses);
        json.WriteEndObject();

        json.WriteEndObject();
    }

    private static void WriteTouchpoint(Utf8JsonWriter json, TouchpointCard card)
    {
        json.WriteStartObject();
        json.WriteString("id", card.Id);
        json.WriteString("name", card.Name);
        json.WriteString("stage", card.StageId);
        json.WriteString("channel", card.Channel);
        json.WriteString("owner", card.Owner);
        json.WriteBoolean("intentional", card.Intentional);
        json.WriteNumberOrNull("expected_score", card.ExpectedScore);
        WritePerception(json, card.Perception);
        WriteKpi(json, card.Kpi);
        json.WriteNumber("responses", card.Perception.Responses);
        json.WriteEndObject();
    }

    // Everything but "responses", which a touchpoint writes after its KPI.
    private static void WritePerception(Utf8JsonWriter json, PerceptionCard card)
    {
        json.WriteString("light", ScorecardText.Of(card.Light));
        json.WriteBoolean("wow", card.Wow);
        json.WriteBoolean("uncertain", card.Uncertain);
        json.WriteMeasure("gap", card.Gap);
        json.WriteString("gap_source", card.GapSource is { } source ? ScorecardText.Of(source) : null);
        json.WriteMeasure("nps", card.Nps);
        json.WriteMeasure("csat", card.Csat);
        json.WriteMeasure("ces", card.Ces);
        WriteThreeQuestions(json, card.ThreeQuestions);
    }

    private static void WriteThreeQuestions(Utf8JsonWriter json, ThreeQuestions questions)
    {
        json.WriteStartObject("three_questions");
        json.WriteMeasure("met", questions.Met);
        json.WriteMeasure("return", questions.Return);
        json.WriteMeasure("recommend", questions.Recommend);
        json.WriteMeasure("affirmative", questions.Affirmative);
        json.WriteNumber("target", ThreeQuestions.TargetPercent);
        if (questions.OnTrack is { } onTrack) json.WriteBoolean("on_track", onTrack);
        else json.WriteNull("on_track");
        json.WriteEndObject();
    }

    private static void WriteKpi(Utf8JsonWriter json, KpiResult? kpi)
    {
        if (kpi is null)
        {
            json.WriteNull("kpi");
            return;
        }

        json.WriteStartObject("kpi");
        json.WriteString("name", kpi.Name);
        json.WriteString("kind", ScorecardText.Of(kpi.Kind));
        json.WriteString("measure", ScorecardText.Of(kpi.Measure));
        json.WriteMeasure("value", kpi.Value);
        json.WriteNumber("target", kpi.Target);
        json.WriteBoolean("higher_is_better", kpi.HigherIsBetter);
        json.WriteString("light", ScorecardText.Of(kpi.Light));
        json.WriteEndObject();
    }
}
