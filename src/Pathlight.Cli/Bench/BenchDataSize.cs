namespace Pathlight.Cli.Bench;

/// <summary>How much data <c>pathlight bench</c> generates, and from which seed.</summary>
/// <param name="Responses">Survey responses, touchpoint and relationship ones together.</param>
/// <param name="Touchpoints">Touchpoints in the generated journey.</param>
/// <param name="Customers">Customers the responses are spread over.</param>
/// <param name="Months">Months the responses are spread over, from <see cref="BenchData.Start"/>.</param>
/// <param name="Seed">The same seed gives the same data.</param>
internal sealed record BenchDataSize(long Responses, int Touchpoints, long Customers, int Months, long Seed)
{
    public const long MaxResponses = 100_000_000;
    public const long MaxCustomers = 5_000_000;
    public const int MaxTouchpoints = 200;
    public const int MaxMonths = 120;

    /// <summary>One customer per 20 responses, at most <see cref="MaxCustomers"/>.</summary>
    public static long DefaultCustomers(long responses) => Math.Clamp(responses / 20, 1, MaxCustomers);

    /// <summary>Why the size cannot be generated, or null when it can.</summary>
    public string? Problem() =>
        Responses is < 1 or > MaxResponses ? $"--responses must be from 1 to {MaxResponses:N0}."
        : Touchpoints is < 1 or > MaxTouchpoints ? $"--touchpoints must be from 1 to {MaxTouchpoints}."
        : Customers is < 1 or > MaxCustomers ? $"--customers must be from 1 to {MaxCustomers:N0}."
        : Months is < 1 or > MaxMonths ? $"--months must be from 1 to {MaxMonths}."
        : null;
}
