namespace Pathlight.Demo;

/// <summary>
/// A customer's contact with a touchpoint: what the interaction recorded, the expectation and reality the
/// customer actually had there (known to the simulation whether or not they answered a survey), and the
/// survey they answered about it, if any.
/// </summary>
internal sealed record DemoVisit(
    string TouchpointId,
    DateTime At,
    string Channel,
    bool? Success,
    double? DurationSeconds,
    double? Value,
    int Expectation,
    int Reality,
    DemoAnswers? Survey)
{
    public int Gap => Reality - Expectation;
}
