namespace Pathlight.Journeys;

/// <summary>How a journey's facts are stitched into customers (the journey file's <c>options.identity</c>).</summary>
/// <param name="Kinds">Identifier kinds the journey adds to the built-in ones (each one a column of its facts).</param>
/// <param name="PhoneRegion">
/// The region (ISO 3166 two-letter code, like GB) a phone number without a leading + is read in; null means every
/// number must start with + and its country code.
/// </param>
/// <param name="MaxCustomerIds">
/// An identifier seen with more than this many distinct customer_ids (a shared shop tablet, a family address) is
/// shared: it is kept but no longer merges customers.
/// </param>
/// <param name="Pseudonymize">
/// Store identifiers as keyed hashes (HMAC-SHA256) instead of their values; the key comes from configuration.
/// </param>
public sealed record IdentityOptions(
    IReadOnlyList<string> Kinds,
    string? PhoneRegion,
    int MaxCustomerIds,
    bool Pseudonymize)
{
    /// <summary>No extra kinds, no default phone region, at most 3 customer_ids per identifier, values stored as given.</summary>
    public static IdentityOptions Default { get; } = new([], null, 3, false);
}
