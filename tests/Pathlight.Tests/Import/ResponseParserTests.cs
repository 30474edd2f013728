using Pathlight.Facts;
using static Pathlight.Tests.Import.ParserTestData;

namespace Pathlight.Tests.Import;

public sealed class ResponseParserTests
{
    [Fact]
    public void ParsesEveryFieldAndKeepsOtherColumnsAsAttributes()
    {
        var response = Accepted<ResponseFact>(FactKind.Response,
            ("id", " r1 "), ("touchpoint", "purchase"), ("timestamp", "2025-03-04T16:30:00+02:00"),
            ("customer_id", "c9"), ("nps", "9"), ("csat", "4"), ("ces", "2"), ("expectation", "7"),
            ("reality", "8"), ("expectations_met", "Yes"), ("would_return", "n"), ("would_recommend", "1"),
            ("comment", " Quick and friendly. "), ("Region", "north"), ("customer_type", ""));

        Assert.Equal("r1", response.Id);
        Assert.Equal("purchase", response.TouchpointId);
        Assert.Equal(new DateTime(2025, 3, 4, 14, 30, 0, DateTimeKind.Utc), response.At);
        Assert.Equal(DateTimeKind.Utc, response.At.Kind);
        Assert.Equal("c9", response.CustomerId);
        Assert.Equal((9, 4, 2, 7, 8), (response.Nps, response.Csat, response.Ces, response.Expectation, response.Reality));
        Assert.Equal((true, false, true), (response.ExpectationsMet, response.WouldReturn, response.WouldRecommend));
        Assert.Equal("Quick and friendly.", response.Comment);
        Assert.Equal(new Dictionary<string, string> { ["region"] = "north" }, response.Attributes);
        Assert.Equal(FactKind.Response, response.Kind);
    }

    [Fact]
    public void TakesAnEmptyTouchpointAsARelationshipSurvey()
    {
        var response = Accepted<ResponseFact>(FactKind.Response,
            ("id", "r1"), ("touchpoint", ""), ("timestamp", "2025-03-04"), ("nps", "10"));

        Assert.Null(response.TouchpointId);
        Assert.Null(response.CustomerId);
        Assert.Null(response.Csat);
        Assert.Empty(response.Attributes);
    }

    [Fact]
    public void AcceptsAResponseWithOnlyAComment()
    {
        var response = Accepted<ResponseFact>(FactKind.Response,
            ("id", "r1"), ("timestamp", "2025-03-04"), ("nps", ""), ("comment", "Nothing to add"));

        Assert.Null(response.Nps);
        Assert.Equal("Nothing to add", response.Comment);
    }

    [Fact]
    public void RejectsAResponseThatAnswersNothing()
    {
        var reason = Rejected(FactKind.Response,
            ("id", "r1"), ("timestamp", "2025-03-04"), ("nps", " "), ("comment", ""), ("region", "north"));

        Assert.Equal("the response answers no question and has no comment", reason);
    }

    [Theory]
    [InlineData("nps", "11", "nps: 11 is outside the range 0 to 10")]
    [InlineData("nps", "-1", "nps: -1 is outside the range 0 to 10")]
    [InlineData("nps", "7.5", "nps: '7.5' is not a whole number; answers are whole numbers from 0 to 10")]
    [InlineData("nps", "nine", "nps: 'nine' is not a whole number")]
    [InlineData("csat", "0", "csat: 0 is outside the range 1 to 5")]
    [InlineData("csat", "6", "csat: 6 is outside the range 1 to 5")]
    [InlineData("ces", "8", "ces: 8 is outside the range 1 to 7")]
    [InlineData("ces", "0", "ces: 0 is outside the range 1 to 7")]
    [InlineData("expectation", "10.5", "expectation: '10.5' is not a whole number")]
    [InlineData("reality", "12", "reality: 12 is outside the range 0 to 10")]
    [InlineData("would_return", "maybe", "would_return: 'maybe' is not yes or no; use yes/no, true/false, 1/0 or y/n")]
    [InlineData("touchpoint", "checkout", "touchpoint: 'checkout' is not a touchpoint of the journey; journey launch has store-enquiry, purchase, support-call")]
    public void RejectsAnAnswerOutsideItsRules(string column, string value, string expected)
    {
        var reason = Rejected(FactKind.Response, ("id", "r1"), ("timestamp", "2025-03-04"), ("comment", "ok"), (column, value));

        Assert.StartsWith(expected, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("10", 10)]
    [InlineData("7.0", 7)]
    [InlineData("+8", 8)]
    public void AcceptsWholeNumbersAtAndInsideTheRange(string value, int expected)
    {
        var response = Accepted<ResponseFact>(FactKind.Response, ("id", "r1"), ("timestamp", "2025-03-04"), ("nps", value));

        Assert.Equal(expected, response.Nps);
    }

    [Fact]
    public void ReportsEveryProblemOfARow()
    {
        var reason = Rejected(FactKind.Response, ("id", ""), ("timestamp", "yesterday"), ("nps", "11"));

        Assert.Equal(
            "id: empty; every row needs an id; timestamp: 'yesterday' is not a date and time; use ISO 8601 such as " +
            "2025-03-04T14:30:00Z, 2025-03-04T16:30:00+02:00 or the date 2025-03-04; nps: 11 is outside the range 0 to 10",
            reason);
    }
}
