using Pathlight.Facts;
using Pathlight.Import;
using Pathlight.Journeys;

namespace Pathlight.Tests.Import;

/// <summary>A small journey and a way to parse one row given as column=value pairs.</summary>
internal static class ParserTestData
{
    public static Journey Journey { get; } = MakeJourney("store-enquiry", "purchase", "support-call");

    public static Journey MakeJourney(params string[] touchpointIds) => new(
        "launch",
        "Launch",
        null,
        [new Stage("buy", "Buy", 0)],
        touchpointIds.Select((id, i) => new Touchpoint(id, id, "buy", "web", null, true, null, 7, null, i)).ToList(),
        JourneyOptions.Default,
        "");

    public static SourceRecord Row(params (string Column, string? Value)[] cells) =>
        new(7, cells.Select(c => c.Column).ToArray(), cells.Select(c => c.Value).ToArray(), "raw");

    public static FactParseResult Parse(FactKind kind, params (string Column, string? Value)[] cells) =>
        new FactParser(kind, Journey).Parse(Row(cells));

    public static T Accepted<T>(FactKind kind, params (string Column, string? Value)[] cells)
        where T : Fact
    {
        var result = Parse(kind, cells);
        Assert.Null(result.Error);
        return Assert.IsType<T>(result.Fact);
    }

    public static string Rejected(FactKind kind, params (string Column, string? Value)[] cells)
    {
        var result = Parse(kind, cells);
        Assert.Null(result.Fact);
        Assert.False(result.IsAccepted);
        return Assert.IsType<string>(result.Error);
    }
}
