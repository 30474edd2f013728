namespace Pathlight.Demo;

/// <summary>Short survey comments a customer might plausibly write, praising or complaining, per touchpoint.</summary>
internal static class DemoComments
{
    private static readonly Dictionary<string, (string[] Good, string[] Bad)> ByTouchpoint = new()
    {
        [DemoTouchpoints.ProductNews] = (
            ["The early reviews made me curious.", "Nice to read about it before the launch.", "The leaked photos looked great."],
            ["Too many rumours, hard to know what was true.", "The news promised more than was announced.", "Conflicting dates everywhere."]),
        [DemoTouchpoints.StoreEnquiry] = (
            ["The staff knew the launch date and helped me plan.", "Friendly and honest about what they knew."],
            ["Nobody in the store knew anything about it.", "I wanted to pre-order and they could not take it.", "They told me to come back later, twice.", "Staff had heard less than I had read online."]),
        [DemoTouchpoints.CallCentreEnquiry] = (
            ["Quick answer on the phone.", "The agent found out the launch date for me."],
            ["Waited ages on hold just to hear they did not know.", "No way to pre-order by phone.", "I was transferred three times."]),
        [DemoTouchpoints.LaunchMarketing] = (
            ["The launch video was brilliant.", "Loved the countdown emails.", "Exactly the information I wanted, and fun too.", "Best campaign I have seen in years."],
            ["Too many emails.", "The ads followed me everywhere."]),
        [DemoTouchpoints.LaunchPurchase] = (
            ["Smooth checkout, home in an hour.", "Got mine on launch day, very happy.", "Staff had everything ready, no queue."],
            ["The payment page kept failing.", "Long queue and the model I wanted was gone.", "Checkout crashed twice."]),
        [DemoTouchpoints.OutOfStock] = (
            ["They took my back-order and gave me a date.", "At least they offered to reserve one for me."],
            ["Sold out and no idea when it comes back.", "I took a day off for nothing.", "Why advertise it if you cannot sell it?", "No back-order, no date, nothing."]),
        [DemoTouchpoints.SupportContact] = (
            ["Sorted on the first call, thank you.", "The agent was patient and fixed it.", "Helpful chat, quick answer."],
            ["I had to explain everything again each time.", "Still waiting for the promised call back.", "Three contacts and it is still not solved."]),
    };

    private static readonly string[] GoodOverall =
        ["Great product and a great launch.", "I will buy from you again.", "Happy overall, well done."];

    private static readonly string[] BadOverall =
        ["The stock-out ruined it for me.", "Great marketing, shame about the rest.", "I expected better after all the hype.", "I will think twice next time."];

    public static string About(Random rng, string touchpointId, bool good)
    {
        var (goodComments, badComments) = ByTouchpoint[touchpointId];
        return rng.Pick(good ? goodComments : badComments);
    }

    public static string AboutRelationship(Random rng, bool good) => rng.Pick(good ? GoodOverall : BadOverall);
}
