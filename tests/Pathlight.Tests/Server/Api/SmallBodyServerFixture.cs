namespace Pathlight.Tests.Server.Api;

/// <summary>A server whose ingest routes take at most <see cref="MaxIngestBytes"/> bytes.</summary>
public sealed class SmallBodyServerFixture() : ServerFixture(new Dictionary<string, string?>
{
    ["Pathlight:MaxIngestBytes"] = MaxIngestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
})
{
    public const int MaxIngestBytes = 2048;
}
