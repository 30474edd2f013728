using Pathlight.Facts;

namespace Pathlight.Import;

/// <summary>The columns of a survey response and how they become a <see cref="ResponseFact"/>.</summary>
internal static class ResponseParser
{
    public static readonly string[] Columns =
    [
        "id", "touchpoint", "timestamp", "customer_id", "nps", "csat", "ces", "expectation", "reality",
        "expectations_met", "would_return", "would_recommend", "comment",
    ];

    public static readonly string[] Required = ["id", "timestamp"];

    /// <summary>The columns of which a responses file needs at least one: the questions and the comment.</summary>
    public static readonly string[] Answers = Columns[4..];

    private const int Id = 0;
    private const int Touchpoint = 1;
    private const int Timestamp = 2;
    private const int CustomerId = 3;
    private const int Nps = 4;
    private const int Csat = 5;
    private const int Ces = 6;
    private const int Expectation = 7;
    private const int Reality = 8;
    private const int ExpectationsMet = 9;
    private const int WouldReturn = 10;
    private const int WouldRecommend = 11;
    private const int Comment = 12;

    public static ResponseFact? Parse(FieldReader fields, TouchpointCheck touchpoints)
    {
        var id = fields.Id(Id);
        var touchpoint = touchpoints.Check(fields, Touchpoint, Columns[Touchpoint]);
        var at = fields.Timestamp(Timestamp, "every response needs the time it was given");
        var nps = fields.WholeNumber(Nps, 0, 10);
        var csat = fields.WholeNumber(Csat, 1, 5);
        var ces = fields.WholeNumber(Ces, 1, 7);
        var expectation = fields.WholeNumber(Expectation, 0, 10);
        var reality = fields.WholeNumber(Reality, 0, 10);
        var expectationsMet = fields.YesNo(ExpectationsMet);
        var wouldReturn = fields.YesNo(WouldReturn);
        var wouldRecommend = fields.YesNo(WouldRecommend);
        var comment = fields.Text(Comment);
        if (fields.Failed)
        {
            return null;
        }

        if (nps is null && csat is null && ces is null && expectation is null && reality is null
            && expectationsMet is null && wouldReturn is null && wouldRecommend is null && comment is null)
        {
            fields.Fail("the response answers no question and has no comment");
            return null;
        }

        return new ResponseFact(id!, touchpoint, at!.Value, fields.Text(CustomerId), nps, csat, ces, expectation,
            reality, expectationsMet, wouldReturn, wouldRecommend, comment, fields.Attributes());
    }
}
