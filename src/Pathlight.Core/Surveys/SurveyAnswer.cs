using System.Globalization;
using System.Text.Json;
using Pathlight.Import;

namespace Pathlight.Surveys;

/// <summary>
/// The answers a survey page posted, as raw text; the response parser of the import path validates them, so a
/// survey answer obeys exactly the rules of a response in a file or an API request. Null or blank means not
/// answered.
/// </summary>
/// <param name="Nps">Likelihood to recommend, 0–10.</param>
/// <param name="Expectation">What the customer expected, 0–10.</param>
/// <param name="Reality">What the customer experienced, 0–10.</param>
/// <param name="ExpectationsMet">Were your expectations met? (yes/no)</param>
/// <param name="WouldReturn">Would you come back? (yes/no)</param>
/// <param name="WouldRecommend">Would you recommend us? (yes/no)</param>
/// <param name="Comment">Free text.</param>
public sealed record SurveyAnswer(
    string? Nps,
    string? Expectation,
    string? Reality,
    string? ExpectationsMet,
    string? WouldReturn,
    string? WouldRecommend,
    string? Comment)
{
    /// <summary>The longest comment accepted, in characters.</summary>
    public const int MaxCommentLength = 2000;

    /// <summary>The attribute every survey-page response carries: <c>source=survey-page</c>.</summary>
    public static readonly KeyValuePair<string, string> SourceAttribute = new("source", "survey-page");

    private static readonly string[] Columns =
    [
        "id", "touchpoint", "timestamp", "customer_id", "nps", "expectation", "reality",
        "expectations_met", "would_return", "would_recommend", "comment", SourceAttribute.Key,
    ];

    /// <summary>Whether nothing at all was answered.</summary>
    public bool IsEmpty =>
        new[] { Nps, Expectation, Reality, ExpectationsMet, WouldReturn, WouldRecommend, Comment }.All(string.IsNullOrWhiteSpace);

    /// <summary>
    /// Why the answer cannot be taken before it reaches the parser (nothing answered, comment too long), or null.
    /// </summary>
    public string? Problem() =>
        IsEmpty ? "Please answer at least one question, or leave a comment."
        : Comment?.Trim().Length > MaxCommentLength
            ? string.Create(CultureInfo.InvariantCulture,
                $"The comment is {Comment.Trim().Length:N0} characters long; please keep it to {MaxCommentLength:N0}.")
            : null;

    /// <summary>
    /// The answer as a response record of the import path: <paramref name="id"/>, the link's touchpoint and
    /// customer, the time it was given (UTC; a local time is converted) and the <c>source=survey-page</c> attribute.
    /// </summary>
    public SourceRecord ToRecord(SurveyLink link, string id, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var utc = at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : at;
        var timestamp = utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        string?[] values =
        [
            id, link.TouchpointId, timestamp, link.CustomerId, Nps, Expectation, Reality,
            ExpectationsMet, WouldReturn, WouldRecommend, Comment, SourceAttribute.Value,
        ];
        var raw = JsonSerializer.Serialize(Columns.Zip(values).ToDictionary(p => p.First, p => p.Second));
        return new SourceRecord(1, Columns, values, raw);
    }
}
