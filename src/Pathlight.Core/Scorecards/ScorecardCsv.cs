using System.Globalization;
using CsvHelper;
using Pathlight.Statistics;

namespace Pathlight.Scorecards;

/// <summary>
/// Writes a scorecard as RFC 4180 CSV: one row per touchpoint, stage, the whole journey and the relationship
/// survey, first column <c>level</c>. Each measure takes four columns (name, name_low, name_high, name_n);
/// absent values are empty cells; numbers use the invariant culture at full precision.
/// </summary>
public static class ScorecardCsv
{
    private static readonly string[] MeasureNames = ["gap", "nps", "csat", "ces", "met", "return", "recommend", "affirmative"];

    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "level", "id", "name", "stage", "touchpoints", "channel", "owner", "intentional", "expected_score",
        "light", "wow", "uncertain", "gap_source",
        .. MeasureNames.SelectMany(MeasureColumns),
        "on_track",
        "kpi_name", "kpi_kind", "kpi_measure", .. MeasureColumns("kpi"), "kpi_target", "kpi_higher_is_better", "kpi_light",
        "responses",
    ];

    /// <summary>Writes <paramref name="scorecard"/> to <paramref name="writer"/>, header first.</summary>
    /// <param name="scorecard">The scorecard to write.</param>
    /// <param name="writer">The destination; left open.</param>
    public static void Write(Scorecard scorecard, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(writer);
        // The defaults are RFC 4180 with CRLF, quoting when needed, invariant culture and nulls as empty fields.
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        WriteRow(csv, Columns);

        foreach (var card in scorecard.Touchpoints)
        {
            var kpi = card.Kpi;
            WriteRow(csv,
            [
                "touchpoint", card.Id, card.Name, card.StageId, null, card.Channel, card.Owner, Text(card.Intentional),
                Text(card.ExpectedScore), .. Perception(card.Perception),
                kpi?.Name, kpi is null ? null : ScorecardText.Of(kpi.Kind), kpi is null ? null : ScorecardText.Of(kpi.Measure),
                .. Cells(kpi?.Value), Text(kpi?.Target), Text(kpi?.HigherIsBetter), kpi is null ? null : ScorecardText.Of(kpi.Light),
                Text(card.Perception.Responses),
            ]);
        }

        foreach (var card in scorecard.Stages)
        {
            WriteRow(csv,
            [
                "stage", card.Id, card.Name, card.Id, string.Join(' ', card.TouchpointIds), null, null, null, null,
                .. Perception(card.Perception), .. NoKpi(), Text(card.Perception.Responses),
            ]);
        }

        WriteRow(csv,
        [
            "overall", scorecard.JourneyId, scorecard.JourneyName, null, string.Join(' ', scorecard.Touchpoints.Select(t => t.Id)),
            null, null, null, null, .. Perception(scorecard.Overall), .. NoKpi(), Text(scorecard.Overall.Responses),
        ]);

        var relationship = scorecard.Relationship;
        var questions = relationship.ThreeQuestions;
        WriteRow(csv,
        [
            "relationship", null, null, null, null, null, null, null, null, null, null, null, null,
            .. Cells(null), .. Cells(relationship.Nps), .. Cells(null), .. Cells(null),
            .. Cells(questions.Met), .. Cells(questions.Return), .. Cells(questions.Recommend), .. Cells(questions.Affirmative),
            Text(questions.OnTrack), .. NoKpi(), Text(relationship.Responses),
        ]);
    }

    private static IEnumerable<string> MeasureColumns(string name) => [name, name + "_low", name + "_high", name + "_n"];

    // light, wow, uncertain, gap_source, the eight measures, on_track.
    private static IEnumerable<string?> Perception(PerceptionCard card) =>
    [
        ScorecardText.Of(card.Light), Text(card.Wow), Text(card.Uncertain),
        card.GapSource is { } source ? ScorecardText.Of(source) : null,
        .. Cells(card.Gap), .. Cells(card.Nps), .. Cells(card.Csat), .. Cells(card.Ces),
        .. Cells(card.ThreeQuestions.Met), .. Cells(card.ThreeQuestions.Return),
        .. Cells(card.ThreeQuestions.Recommend), .. Cells(card.ThreeQuestions.Affirmative),
        Text(card.ThreeQuestions.OnTrack),
    ];

    private static IEnumerable<string?> NoKpi() => new string?[10];

    private static IEnumerable<string?> Cells(Measure? measure) =>
        measure is null ? new string?[4] : [Text(measure.Value), Text(measure.Low), Text(measure.High), Text(measure.N)];

    private static string? Text(double? value) => value is { } number ? ScorecardText.Of(number) : null;

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Text(bool? value) => value switch
    {
        null => null,
        true => "true",
        false => "false",
    };

    private static void WriteRow(CsvWriter csv, IEnumerable<string?> cells) => csv.WriteRecord([.. cells]);
}
