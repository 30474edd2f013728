using Pathlight.Facts;
using Pathlight.Import;
using Pathlight.Journeys;
using Pathlight.Surveys;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Surveys;

public sealed class SurveyAnswerTests
{
    private static readonly Journey Journey = JourneyFile.Load(SampleFiles.ProductLaunchJourney);
    private static readonly DateTime At = new(2026, 3, 4, 14, 30, 15, DateTimeKind.Utc);

    [Fact]
    public void RecordParsesToTheResponseThatWasAnswered()
    {
        var answer = new SurveyAnswer("9", "6", "8", "yes", "no", "yes", " Friendly staff ");

        var result = new FactParser(FactKind.Response, Journey).Parse(answer.ToRecord(new SurveyLink(Journey.Id, "launch-purchase", "cust-42"), "web-1", At));

        var response = Assert.IsType<ResponseFact>(result.Fact);
        Assert.Equal(new ResponseFact("web-1", "launch-purchase", At, "cust-42", 9, null, null, 6, 8, true, false, true,
            "Friendly staff", response.Attributes), response);
        Assert.Equal(new Dictionary<string, string> { ["source"] = "survey-page" }, response.Attributes);
    }

    [Fact]
    public void UnansweredQuestionsStayEmpty()
    {
        var answer = new SurveyAnswer(null, "", "  ", "no", null, null, null);

        var response = Assert.IsType<ResponseFact>(new FactParser(FactKind.Response, Journey)
            .Parse(answer.ToRecord(new SurveyLink(Journey.Id, "out-of-stock"), "web-2", At)).Fact);

        Assert.Equal((null, null, null, false, null, null, null, null),
            (response.Nps, response.Expectation, response.Reality, response.ExpectationsMet, response.WouldReturn,
                response.WouldRecommend, response.Comment, response.CustomerId));
    }

    [Fact]
    public void OutOfRangeValueIsRejectedByTheImportRules()
    {
        var answer = new SurveyAnswer("11", null, "abc", null, null, "maybe", null);

        var result = new FactParser(FactKind.Response, Journey).Parse(answer.ToRecord(new SurveyLink(Journey.Id, "out-of-stock"), "web-3", At));

        Assert.Null(result.Fact);
        Assert.Contains("nps: 11 is outside the range 0 to 10", result.Error, StringComparison.Ordinal);
        Assert.Contains("reality: 'abc' is not a whole number", result.Error, StringComparison.Ordinal);
        Assert.Contains("would_recommend: 'maybe' is not yes or no", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingAnsweredIsAProblem()
    {
        var answer = new SurveyAnswer(null, " ", null, "", null, null, "\n");

        Assert.True(answer.IsEmpty);
        Assert.Equal("Please answer at least one question, or leave a comment.", answer.Problem());
    }

    [Fact]
    public void CommentUpToTheLimitIsFineAndLongerIsAProblem()
    {
        var longest = new SurveyAnswer(null, null, null, null, null, null, new string('x', SurveyAnswer.MaxCommentLength));
        var tooLong = longest with { Comment = new string('x', SurveyAnswer.MaxCommentLength + 1) };

        Assert.Null(longest.Problem());
        Assert.Equal("The comment is 2,001 characters long; please keep it to 2,000.", tooLong.Problem());
    }

    [Fact]
    public void LocalTimeIsStoredAsUtc()
    {
        var local = new DateTime(2026, 3, 4, 14, 30, 15, DateTimeKind.Local);

        var record = new SurveyAnswer("5", null, null, null, null, null, null).ToRecord(new SurveyLink(Journey.Id, "out-of-stock"), "web-4", local);

        var response = Assert.IsType<ResponseFact>(new FactParser(FactKind.Response, Journey).Parse(record).Fact);
        Assert.Equal(local.ToUniversalTime(), response.At);
    }
}
