using Pathlight.Journeys;

namespace Pathlight.Tests.Paths;

/// <summary>The journey file's <c>support</c> key on touchpoints, which path analysis relies on.</summary>
public sealed class SupportFlagTests
{
    [Fact]
    public void ATouchpointIsSupportOnlyWhenTheFileSaysSo()
    {
        var journey = PathJourneys.Shop();

        Assert.True(journey.FindTouchpoint("helpdesk")!.Support);
        Assert.All(journey.Touchpoints.Where(t => t.Id != "helpdesk"), t => Assert.False(t.Support));
        Assert.False(PathJourneys.Shop(withSupport: false).FindTouchpoint("helpdesk")!.Support);
    }

    [Fact]
    public void ASupportValueThatIsNotTrueOrFalseIsRejectedWithItsPosition()
    {
        var error = Assert.Throws<JourneyFileException>(() => JourneyFile.Parse("""
            id: j
            name: J
            stages:
              - id: s
                name: S
            touchpoints:
              - id: t
                name: T
                stage: s
                channel: phone
                support: yes
            """, "j.yaml"));

        Assert.Contains("j.yaml:11:", error.Message, StringComparison.Ordinal);
        Assert.Contains("support", error.Message, StringComparison.Ordinal);
    }
}
