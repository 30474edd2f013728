using System.Web;
using Pathlight.Storage.DuckDb;
using Pathlight.Surveys;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Surveys;

public sealed class SurveyLinkCommandTests : IDisposable
{
    private readonly CliStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void PrintsOnlyALinkWhoseTokenVerifies()
    {
        var result = _store.Run("survey-link", CliStore.JourneyId, "launch-purchase");

        Assert.True(result.ExitCode == 0, result.ToString());
        var url = new Uri(result.Out.TrimEnd('\n'));
        Assert.DoesNotContain('\n', result.Out.TrimEnd('\n'));
        Assert.Equal("http://127.0.0.1:5080/s/product-launch/launch-purchase", url.GetLeftPart(UriPartial.Path));
        var query = HttpUtility.ParseQueryString(url.Query);
        Assert.Equal(["t"], query.AllKeys);
        Assert.True(LinksOfStore().Verify(new SurveyLink(CliStore.JourneyId, "launch-purchase"), query["t"]));
    }

    [Fact]
    public void CustomerAndBaseUrlGoIntoTheSignedLink()
    {
        var result = _store.Run("survey-link", CliStore.JourneyId, "out-of-stock", "--customer", "cust 42/ä",
            "--base-url", "https://feedback.example.com/pathlight/");

        Assert.True(result.ExitCode == 0, result.ToString());
        var url = new Uri(result.Out.Trim());
        Assert.Equal("https://feedback.example.com/pathlight/s/product-launch/out-of-stock", url.GetLeftPart(UriPartial.Path));
        var query = HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("cust 42/ä", query["c"]);
        var links = LinksOfStore();
        Assert.True(links.Verify(new SurveyLink(CliStore.JourneyId, "out-of-stock", "cust 42/ä"), query["t"]));
        Assert.False(links.Verify(new SurveyLink(CliStore.JourneyId, "out-of-stock"), query["t"]));
    }

    [Fact]
    public void TheSameLinkIsPrintedEveryTime()
    {
        var first = _store.Run("survey-link", CliStore.JourneyId, "launch-purchase");
        var second = _store.Run("survey-link", CliStore.JourneyId, "launch-purchase");

        Assert.Equal(first.Out, second.Out);
        Assert.Equal(0, second.ExitCode);
    }

    [Fact]
    public void UnknownTouchpointFailsNamingTheTouchpoints()
    {
        var result = _store.Run("survey-link", CliStore.JourneyId, "checkout");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("has no touchpoint 'checkout'", result.Error, StringComparison.Ordinal);
        Assert.Contains("launch-purchase", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownJourneyFails()
    {
        var result = _store.Run("survey-link", "no-such-journey", "launch-purchase");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("no-such-journey", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingStoreFails()
    {
        var result = CliRunner.Run("survey-link", CliStore.JourneyId, "launch-purchase", "--db", _store.Folder.File("missing.duckdb"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("There is no Pathlight store", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("survey-link", "product-launch")]
    [InlineData("survey-link", "product-launch", "launch-purchase", "--base-url", "ftp://example.com")]
    [InlineData("survey-link", "product-launch", "launch-purchase", "--base-url", "not a url")]
    [InlineData("survey-link", "product-launch", "launch-purchase", "--customer", " ")]
    public void UsageMistakesExitTwo(params string[] args)
    {
        var result = _store.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }

    private SurveyLinks LinksOfStore() => new(DuckDbStore.Open(_store.Db, create: false).Secret(SurveyLinks.SecretName));
}
