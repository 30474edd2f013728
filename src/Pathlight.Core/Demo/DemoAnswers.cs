namespace Pathlight.Demo;

/// <summary>One survey response's answers; null where the customer left a question blank.</summary>
internal sealed record DemoAnswers(
    DateTime At,
    int? Nps,
    int? Csat,
    int? Ces,
    int? Expectation,
    int? Reality,
    bool? ExpectationsMet,
    bool? WouldReturn,
    bool? WouldRecommend,
    string? Comment);
