using System.Text.Encodings.Web;
using Pathlight.Facts;

namespace Pathlight.Server.Pages;

/// <summary>
/// The filter a dashboard page applies, read from its query: the facts filter, the form's values to show again,
/// and the reason when the form could not be read (the page then shows everything and says why).
/// </summary>
public sealed record DashboardFilter(string? From, string? To, IReadOnlyList<string> Where, string Period, FactFilter Facts, string? Error)
{
    public static DashboardFilter Read(DashboardQuery query)
    {
        var from = Blank(query.From);
        var to = Blank(query.To);
        var where = (query.Where ?? []).Select(Blank).OfType<string>().ToList();
        var period = query.Period?.Trim().ToLowerInvariant() is "week" or "month" ? query.Period.Trim().ToLowerInvariant() : "auto";
        try
        {
            return new DashboardFilter(from, to, where, period, FactFilter.Parse(from, to, where), null);
        }
        catch (PathlightException e)
        {
            return new DashboardFilter(from, to, where, period, FactFilter.All,
                e.Message.Replace("--", "", StringComparison.Ordinal) + " Showing all data instead.");
        }
    }

    /// <summary>Whether any condition narrows the data.</summary>
    public bool IsActive => Facts.From is not null || Facts.To is not null || Facts.Where.Count > 0;

    /// <summary>The value of the condition on <paramref name="dimension"/>, if one is set.</summary>
    public string? ValueOf(string dimension) =>
        Facts.Where.Where(w => w.Key == dimension).Select(w => w.Value).FirstOrDefault();

    /// <summary>The query string ("?from=…") that reproduces this filter, for links between pages; "" when empty.</summary>
    public string QueryString(bool withPeriod = false)
    {
        var parts = new List<string>();
        if (From is not null) parts.Add("from=" + UrlEncoder.Default.Encode(From));
        if (To is not null) parts.Add("to=" + UrlEncoder.Default.Encode(To));
        parts.AddRange(Where.Select(w => "where=" + UrlEncoder.Default.Encode(w)));
        if (withPeriod && Period != "auto") parts.Add("period=" + Period);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
