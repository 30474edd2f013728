namespace Pathlight.Tests.Webhooks;

/// <summary>A clock the test moves by hand, so retry back-off is checked without waiting.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
