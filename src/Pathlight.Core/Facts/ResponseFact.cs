namespace Pathlight.Facts;

/// <summary>Survey feedback. A response without a touchpoint is a relationship survey.</summary>
/// <param name="Id">Unique response id.</param>
/// <param name="TouchpointId">The touchpoint it rates, or null for a relationship survey.</param>
/// <param name="At">When it was given (UTC).</param>
/// <param name="CustomerId">Who gave it, when known.</param>
/// <param name="Nps">Likelihood to recommend, 0–10.</param>
/// <param name="Csat">Satisfaction, 1–5.</param>
/// <param name="Ces">Customer effort, 1–7.</param>
/// <param name="Expectation">What the customer expected, 0–10.</param>
/// <param name="Reality">What the customer experienced, 0–10.</param>
/// <param name="ExpectationsMet">Were your expectations met?</param>
/// <param name="WouldReturn">Would you come back?</param>
/// <param name="WouldRecommend">Would you recommend us?</param>
/// <param name="Comment">Free text.</param>
/// <param name="Attributes">Segment attributes.</param>
public sealed record ResponseFact(
    string Id,
    string? TouchpointId,
    DateTime At,
    string? CustomerId,
    int? Nps,
    int? Csat,
    int? Ces,
    int? Expectation,
    int? Reality,
    bool? ExpectationsMet,
    bool? WouldReturn,
    bool? WouldRecommend,
    string? Comment,
    IReadOnlyDictionary<string, string> Attributes) : Fact(Id, CustomerId, Attributes)
{
    /// <inheritdoc />
    public override FactKind Kind => FactKind.Response;

    /// <inheritdoc />
    public override DateTime Timestamp => At;

    /// <summary>The response's touchpoint score (0–10): its reality answer, else its likelihood to recommend.</summary>
    public int? Score => Reality ?? Nps;
}
