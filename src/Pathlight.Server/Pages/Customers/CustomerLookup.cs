using Pathlight.Identity;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Pages.Customers;

/// <summary>
/// What the customer search box accepts: a customer id (or a customer's key), or any identifier written kind:value
/// with a kind the journey knows (email:ann@example.com, phone:07911 123456). Either way the answer is the stitched
/// customer's key.
/// </summary>
internal static class CustomerLookup
{
    /// <summary>The key of the customer the text names, or the reason there is none to show.</summary>
    internal static (string? Key, string? Problem) Resolve(DuckDbStore store, Journey journey, string text)
    {
        text = text.Trim();
        string? problem = null;
        if (KindOf(journey, text) is not null)
        {
            try
            {
                if (store.FindCustomer(journey, Identifier.Parse(text)) is { } key) return (key, null);
            }
            catch (PathlightException e)
            {
                problem = $"'{text}' is not a valid identifier: {e.Message}.";
            }
        }

        // A customer id may itself contain a colon, and a key without a customer_id is written kind:value.
        var byId = text.Length is > 0 and <= IdentifierNormalizer.MaxLength
            ? store.FindCustomer(journey, new Identifier(IdentifierKinds.CustomerId, text))
            : null;
        return (byId, byId is null ? problem : null);
    }

    private static string? KindOf(Journey journey, string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;

        var kind = text[..colon].Trim().ToLowerInvariant();
        return kind == IdentifierKinds.CustomerId || IdentifierKinds.ExtraColumns(journey.Options.Identity.Kinds).Contains(kind) ? kind : null;
    }
}
