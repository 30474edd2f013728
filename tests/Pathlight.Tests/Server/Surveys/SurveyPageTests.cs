using System.Net;
using Pathlight.Surveys;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Server.Surveys;

public sealed class SurveyPageTests
{
    private const string Purchase = "launch-purchase";

    [Fact]
    public async Task FormShowsTheTouchpointAndEveryQuestion()
    {
        await using var server = await SurveyServer.StartAsync();

        var (html, token) = await server.OpenFormAsync(server.Link(Purchase));

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("Launch-day purchase", html, StringComparison.Ordinal);
        foreach (var legend in new[] { "Were your expectations met?", "Would you come back?", "Would you recommend us?" })
        {
            Assert.Contains($"<legend>{legend}</legend>", html, StringComparison.Ordinal);
        }

        foreach (var scale in new[] { "nps", "expectation", "reality" })
        {
            Assert.Equal(11, Count(html, $"type=\"radio\" name=\"{scale}\""));
            Assert.Contains($"name=\"{scale}\" value=\"10\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(6, Count(html, "<fieldset"));
        Assert.Contains("<label for=\"comment\">", html, StringComparison.Ordinal);
        Assert.Contains("maxlength=\"2000\"", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"{server.Link(Purchase)}\"", html, StringComparison.Ordinal);
        Assert.NotEmpty(token);
    }

    [Fact]
    public async Task PageCarriesItsStyleSheetAndIsNeverCachedOrLeaked()
    {
        await using var server = await SurveyServer.StartAsync();

        using var page = await server.GetAsync(server.Link(Purchase));
        using var css = await server.GetAsync("/assets/survey/survey.css");

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", page.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains(":focus-visible", await css.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerIsStoredThroughTheImportPathAndCountsAtOnce()
    {
        await using var server = await SurveyServer.StartAsync();
        var before = server.Statistics(Purchase);

        using var response = await server.AnswerAsync(server.Link(Purchase), ("nps", "9"), ("expectation", "6"), ("reality", "8"),
            ("expectations_met", "yes"), ("would_return", "no"), ("would_recommend", "yes"), ("comment", "Quick <b>checkout</b>\r\nThanks"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/s/product-launch/launch-purchase/thanks", response.Headers.Location?.OriginalString);
        using var thanks = await server.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, thanks.StatusCode);
        Assert.Contains("Thank you", await thanks.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var after = server.Statistics(Purchase);
        Assert.Equal(before.Responses + 1, after.Responses);
        Assert.Equal(before.Nps[9] + 1, after.Nps[9]);
        Assert.Equal(before.Gap.N + 1, after.Gap.N);
        Assert.Equal(before.Gap.Sum + 2, after.Gap.Sum); // reality − expectation = 8 − 6
        Assert.Equal(before.ExpectationsMet.Yes + 1, after.ExpectationsMet.Yes);
        Assert.Equal(before.WouldReturn.No + 1, after.WouldReturn.No);
        Assert.Equal(before.WouldRecommend.Yes + 1, after.WouldRecommend.Yes);

        var row = Assert.Single(server.Query("SELECT id, touchpoint_id, customer_id, comment, attributes, ts FROM responses"));
        Assert.StartsWith("web-", (string)row["id"]!, StringComparison.Ordinal);
        Assert.Equal(Purchase, row["touchpoint_id"]);
        Assert.Null(row["customer_id"]);
        Assert.Equal("Quick <b>checkout</b>\nThanks", row["comment"]);
        Assert.Contains("\"source\":\"survey-page\"", (string)row["attributes"]!, StringComparison.Ordinal);
        Assert.InRange((DateTime)row["ts"]!, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task CustomerLinkAttributesTheAnswer()
    {
        await using var server = await SurveyServer.StartAsync();

        using var response = await server.AnswerAsync(server.Link("out-of-stock", "cust-42"), ("would_return", "yes"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var row = Assert.Single(server.Query("SELECT touchpoint_id, customer_id, would_return FROM responses"));
        Assert.Equal(("out-of-stock", "cust-42", true), ((string)row["touchpoint_id"]!, (string)row["customer_id"]!, (bool)row["would_return"]!));
    }

    [Fact]
    public async Task ForgedMissingOrMisdirectedTokensAreRefusedAlike()
    {
        await using var server = await SurveyServer.StartAsync();
        var token = server.Links.Sign(new SurveyLink(CliStore.JourneyId, Purchase));
        var forged = (token[0] == 'A' ? "B" : "A") + token[1..];
        string[] refused =
        [
            $"/s/product-launch/{Purchase}?t={forged}",
            $"/s/product-launch/{Purchase}",
            $"/s/product-launch/store-enquiry?t={token}",
            $"/s/other-journey/{Purchase}?t={token}",
            $"/s/product-launch/{Purchase}?t={token}&c=cust-42",
            server.Link(Purchase, "cust-42").Replace("c=cust-42", "c=cust-43", StringComparison.Ordinal),
        ];

        var bodies = new List<string>();
        foreach (var link in refused)
        {
            using var response = await server.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, link);
            bodies.Add(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        Assert.Contains("This link is not valid", bodies[0], StringComparison.Ordinal);
        Assert.Single(bodies.Distinct());
        Assert.DoesNotContain("Launch-day purchase", bodies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostWithAForgedOrMisdirectedTokenWritesNothing()
    {
        await using var server = await SurveyServer.StartAsync();
        var (_, antiforgery) = await server.OpenFormAsync(server.Link(Purchase));
        var enquiry = server.Link("store-enquiry");
        var forged = server.Link(Purchase).Replace("?t=", "?t=x", StringComparison.Ordinal);
        var misdirected = $"/s/product-launch/{Purchase}{enquiry[enquiry.IndexOf('?', StringComparison.Ordinal)..]}";

        using var first = await server.PostAsync(forged, antiforgery, ("nps", "10"));
        using var second = await server.PostAsync(misdirected, antiforgery, ("nps", "10"));

        Assert.Equal(HttpStatusCode.Forbidden, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        Assert.Equal(0, server.Responses);
    }

    [Fact]
    public async Task ValidLinkToAMissingTouchpointIsNotFound()
    {
        await using var server = await SurveyServer.StartAsync();

        using var touchpoint = await server.GetAsync(server.Link("checkout"));
        using var journey = await server.GetAsync(server.Links.PathAndQuery(new SurveyLink("other-journey", Purchase)));

        Assert.Equal(HttpStatusCode.NotFound, touchpoint.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, journey.StatusCode);
        Assert.Contains("Survey not found", await touchpoint.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryTokenIsRefusedAndWritesNothing()
    {
        await using var server = await SurveyServer.StartAsync();
        await server.OpenFormAsync(server.Link(Purchase));

        using var withoutField = await server.PostAsync(server.Link(Purchase), null, ("nps", "10"));
        using var wrongField = await server.PostAsync(server.Link(Purchase), "not-a-token", ("nps", "10"));

        Assert.Equal(HttpStatusCode.BadRequest, withoutField.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongField.StatusCode);
        var html = await withoutField.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Your form has expired", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{server.Link(Purchase)}\"", html, StringComparison.Ordinal);
        Assert.Equal(0, server.Responses);
    }

    [Fact]
    public async Task RejectedValueShowsTheReasonKeepsTheAnswersAndWritesNothing()
    {
        await using var server = await SurveyServer.StartAsync();

        using var response = await server.AnswerAsync(server.Link(Purchase), ("nps", "11"), ("would_return", "yes"), ("comment", "Nice"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("How likely are you to recommend us? 11 is outside the range 0 to 10.", html, StringComparison.Ordinal);
        Assert.Contains("name=\"would_return\" value=\"yes\" checked", html, StringComparison.Ordinal);
        Assert.Contains(">Nice</textarea>", html, StringComparison.Ordinal);
        Assert.Equal(0, server.Responses);
    }

    [Fact]
    public async Task NothingAnsweredAsksForAnAnswerAndWritesNothing()
    {
        await using var server = await SurveyServer.StartAsync();

        using var response = await server.AnswerAsync(server.Link(Purchase), ("comment", "   "));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Please answer at least one question", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
        Assert.Equal(0, server.Responses);
    }

    [Fact]
    public async Task TooLongCommentIsRefusedAndWritesNothing()
    {
        await using var server = await SurveyServer.StartAsync();

        using var response = await server.AnswerAsync(server.Link(Purchase), ("comment", new string('x', SurveyAnswer.MaxCommentLength + 1)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("please keep it to 2,000", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
        Assert.Equal(0, server.Responses);
    }

    [Fact]
    public async Task PostsBeyondTheLimitAnswer429WithRetryAfter()
    {
        await using var server = await SurveyServer.StartAsync(postsPerMinute: 3);
        var (_, token) = await server.OpenFormAsync(server.Link(Purchase));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var accepted = await server.PostAsync(server.Link(Purchase), token, ("nps", "8"));
            statuses.Add(accepted.StatusCode);
        }

        using var limited = await server.PostAsync(server.Link(Purchase), token, ("nps", "8"));
        using var page = await server.GetAsync(server.Link(Purchase));

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.SeeOther], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Contains("Please wait", await limited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(3, server.Responses);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task ThanksPageNeedsNoTokenAndShowsNoData()
    {
        await using var server = await SurveyServer.StartAsync();

        using var response = await server.GetAsync("/s/product-launch/launch-purchase/thanks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Thank you", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Launch-day purchase", html, StringComparison.Ordinal);
        Assert.DoesNotContain("product-launch", html, StringComparison.Ordinal);
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
