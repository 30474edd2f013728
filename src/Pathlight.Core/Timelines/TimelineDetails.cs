using System.Globalization;
using Pathlight.Facts;

namespace Pathlight.Timelines;

/// <summary>An event's key values in a few words, as the CLI table and the dashboard show them.</summary>
public static class TimelineDetails
{
    /// <summary>
    /// E.g. "succeeded · 95 s · value 499"; "score 3 (expected 7) · NPS 2 · CSAT 2/5 · CES 3/7 · met no, return no,
    /// recommend no"; "category stock · 3 contacts · not resolved at first contact · reopened"; "resolved after 26.5 h";
    /// "churned · value 0". The comment is not included (see <see cref="Comment"/>).
    /// </summary>
    public static string Describe(TimelineEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var parts = item.Fact switch
        {
            InteractionFact i => Interaction(i),
            ResponseFact r => Response(r),
            CaseFact c when item.Kind == TimelineEventKind.CaseResolved =>
                [$"resolved after {Number((c.Resolved!.Value - c.Opened).TotalHours, 1)} h", .. CaseFlags(c, opened: false)],
            CaseFact c => CaseFlags(c, opened: true),
            OutcomeFact o => [o.OutcomeKind.Replace('_', ' '), .. o.Value is { } v ? new[] { "value " + Number(v, 2) } : []],
            _ => [],
        };
        return string.Join(" · ", parts);
    }

    /// <summary>The response's comment, or null.</summary>
    public static string? Comment(TimelineEvent item) => (item?.Fact as ResponseFact)?.Comment is { Length: > 0 } text ? text : null;

    private static List<string> Interaction(InteractionFact i)
    {
        var parts = new List<string>();
        if (i.Success is { } success) parts.Add(success ? "succeeded" : "failed");
        if (i.DurationSeconds is { } seconds) parts.Add(Number(seconds, 0) + " s");
        if (i.Value is { } value) parts.Add("value " + Number(value, 2));
        return parts;
    }

    private static List<string> Response(ResponseFact r)
    {
        var parts = new List<string>();
        if (r.TouchpointId is null) parts.Add("relationship survey");
        if (r.Reality is { } reality) parts.Add(r.Expectation is { } expected ? $"score {reality} (expected {expected})" : $"score {reality}");
        else if (r.Expectation is { } expectation) parts.Add($"expected {expectation}");
        if (r.Nps is { } nps) parts.Add($"NPS {nps}");
        if (r.Csat is { } csat) parts.Add($"CSAT {csat}/5");
        if (r.Ces is { } ces) parts.Add($"CES {ces}/7");
        var questions = new[] { ("met", r.ExpectationsMet), ("return", r.WouldReturn), ("recommend", r.WouldRecommend) }
            .Where(q => q.Item2 is not null).Select(q => $"{q.Item1} {(q.Item2!.Value ? "yes" : "no")}").ToList();
        if (questions.Count > 0) parts.Add(string.Join(", ", questions));
        return parts;
    }

    private static List<string> CaseFlags(CaseFact c, bool opened)
    {
        var parts = new List<string>();
        if (opened && c.Category is { Length: > 0 } category) parts.Add(category.Replace('_', ' '));
        if (opened && c.Resolved is null) parts.Add("still open");
        parts.Add(c.Contacts == 1 ? "1 contact" : $"{c.Contacts} contacts");
        if (c.FirstContactResolution is { } fcr) parts.Add(fcr ? "resolved at first contact" : "not resolved at first contact");
        if (c.Reopened is true) parts.Add("reopened");
        return parts;
    }

    private static string Number(double value, int decimals) =>
        Math.Round(value, decimals).ToString("0." + new string('#', Math.Max(decimals, 1)), CultureInfo.InvariantCulture);
}
