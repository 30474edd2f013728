namespace Pathlight.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void AnswerIsFortyTwo() => Assert.Equal(42, Pathlight.Journeys.Placeholder.Answer);
}
