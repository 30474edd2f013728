namespace Pathlight.Metrics;

/// <summary>Where an expectation gap comes from.</summary>
public enum GapSource
{
    /// <summary>Reality − expectation, from responses that answer both.</summary>
    Expectation,

    /// <summary>Mean touchpoint score − the journey file's expected score, for a touchpoint without expectation answers.</summary>
    ExpectedScore,

    /// <summary>A stage or overall gap pooled from touchpoints of both kinds.</summary>
    Mixed,
}
