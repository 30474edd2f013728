namespace Pathlight.Identity;

/// <summary>How a stitching event is said in words, the same on the command line and the dashboard.</summary>
public static class IdentityEventText
{
    /// <summary>
    /// One sentence: a merge names the customer absorbed, the two identifiers and the fact that carried both; a split,
    /// a rejoin and a shared identifier give their reason.
    /// </summary>
    public static string Describe(IdentityEvent identityEvent)
    {
        ArgumentNullException.ThrowIfNull(identityEvent);
        var e = identityEvent;
        return e.Event switch
        {
            "merge" when e.First is { } first && e.Second is { } second =>
                $"merged with customer {e.MergedKey}: {Fact(e)} carried both {first} and {second}",
            "merge" when e.First is { } first =>
                $"merged with customer {e.MergedKey} through {first}{(e.FactId is null ? "" : $" on {Fact(e)}")}",
            "merge" => e.Detail is { } detail ? $"merged with customer {e.MergedKey}: {detail}" : $"merged with customer {e.MergedKey}",
            "shared" => $"{e.First?.ToString() ?? "an identifier"} {e.Detail ?? "is shared; it no longer merges customers"}",
            _ => e.Detail ?? e.Event,
        };
    }

    /// <summary>The identifiers an event names, as kind:value, in order.</summary>
    public static IReadOnlyList<string> Identifiers(IdentityEvent identityEvent)
    {
        ArgumentNullException.ThrowIfNull(identityEvent);
        return [.. new[] { identityEvent.First, identityEvent.Second }.OfType<Identifier>().Select(i => i.ToString())];
    }

    private static string Fact(IdentityEvent e) => e.FactKind is { } kind && e.FactId is { } id
        ? $"{(kind.EndsWith('s') ? kind[..^1] : kind)} {id}"
        : "a fact";
}
