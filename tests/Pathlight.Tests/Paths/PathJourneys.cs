using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Tests.Paths;

/// <summary>A small shop journey whose paths the tests know by heart, and facts for it.</summary>
internal static class PathJourneys
{
    public static readonly DateTime Day = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// look: ad, visit; buy: checkout (the goal), stockout (unintentional, so not a goal); help: helpdesk
    /// (support: true unless <paramref name="withSupport"/> is false, when it is an ordinary last-stage touchpoint).
    /// </summary>
    public static Journey Shop(bool withSupport = true) => JourneyFile.Parse($"""
        id: shop
        name: Shop
        stages:
          - id: look
            name: Look
          - id: buy
            name: Buy
          - id: help
            name: Help
        touchpoints:
          - id: ad
            name: Ad
            stage: look
            channel: web
          - id: visit
            name: Store visit
            stage: look
            channel: store
          - id: checkout
            name: Checkout
            stage: buy
            channel: store
          - id: stockout
            name: Out of stock
            stage: buy
            channel: store
            intentional: false
          - id: helpdesk
            name: Help desk
            stage: help
            channel: phone
            support: {(withSupport ? "true" : "false")}
        """, "shop.yaml");

    /// <summary>Interactions of one customer, an hour apart, in the order given.</summary>
    public static IEnumerable<InteractionFact> Visits(string? customer, params string[] touchpoints) =>
        touchpoints.Select((t, i) => Visit($"{customer ?? "anonymous"}-{i}", customer, t, Day.AddHours(i),
            i % 2 == 0 ? "north" : "south"));

    public static InteractionFact Visit(string id, string? customer, string touchpoint, DateTime at, string region = "north") =>
        new(id, touchpoint, "web", at, customer, true, null, null, new Dictionary<string, string> { ["region"] = region });

    public static CaseFact Case(string id, string? customer, DateTime opened) =>
        new(id, "checkout", customer, "phone", "delivery", opened, null, 1, true, false, new Dictionary<string, string>());
}
