using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pathlight.Tests.Server.Dashboard;

/// <summary>Reads the dashboard's own markup by its stable data attributes (the pages are ours, so patterns suffice).</summary>
public static partial class DashboardHtml
{
    /// <summary>The touchpoint cards of a journey map page, in page order.</summary>
    public static List<MapCard> Cards(string html) =>
        CardPattern().Matches(html).Select(m =>
        {
            var body = m.Groups["body"].Value;
            return new MapCard(
                m.Groups["id"].Value,
                LightPattern().Match(body).Groups[1].Value,
                body.Contains("data-wow=\"true\"", StringComparison.Ordinal),
                body.Contains("data-uncertain=\"true\"", StringComparison.Ordinal),
                long.Parse(NPattern().Match(body).Groups[1].Value, CultureInfo.InvariantCulture),
                m.Groups["class"].Value.Contains("unintentional", StringComparison.Ordinal));
        }).ToList();

    public static MapCard Card(string html, string id) => Cards(html).Single(c => c.Id == id);

    /// <summary>The JSON in the <c>&lt;script type="application/json"&gt;</c> element with this id.</summary>
    public static JsonElement Chart(string html, string id)
    {
        var match = Regex.Match(html, $"<script type=\"application/json\" id=\"{Regex.Escape(id)}\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no chart data '{id}' on the page");
        using var document = JsonDocument.Parse(match.Groups[1].Value);
        return document.RootElement.Clone();
    }

    /// <summary>The text of the page without tags, entities decoded and whitespace collapsed.</summary>
    public static string Text(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), @"\s+", " ");

    [GeneratedRegex("<article class=\"(?<class>[^\"]*)\"[^>]*data-touchpoint=\"(?<id>[^\"]+)\"[^>]*>(?<body>.*?)</article>", RegexOptions.Singleline)]
    private static partial Regex CardPattern();

    // Only the card's perception badge has data-light; its KPI's light is data-kpi-light.
    [GeneratedRegex("data-light=\"([a-z]+)\"")]
    private static partial Regex LightPattern();

    [GeneratedRegex("data-n=\"([0-9]+)\"")]
    private static partial Regex NPattern();
}
