namespace Pathlight.Webhooks;

/// <summary>The events a webhook can subscribe to.</summary>
public static class WebhookEventTypes
{
    /// <summary>A new response with a likelihood to recommend of 0–6; once per response.</summary>
    public const string Detractor = "detractor";

    /// <summary>A customer newly on the at-risk list; once per customer until they leave it.</summary>
    public const string AtRisk = "at-risk";

    /// <summary>Every event, in the order they are listed.</summary>
    public static IReadOnlyList<string> All { get; } = [Detractor, AtRisk];

    /// <summary>Reads a comma-separated list such as <c>detractor,at-risk</c> (case-insensitive, duplicates dropped).</summary>
    /// <exception cref="PathlightException">An unknown event, or none at all.</exception>
    public static IReadOnlyList<string> Parse(string? text)
    {
        var events = new List<string>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var known = All.FirstOrDefault(e => e.Equals(part, StringComparison.OrdinalIgnoreCase))
                ?? throw new PathlightException($"'{part}' is not a webhook event; use {string.Join(", ", All)}.");
            if (!events.Contains(known)) events.Add(known);
        }

        return events.Count > 0 ? events : throw new PathlightException($"Name at least one event: {string.Join(", ", All)}.");
    }
}
