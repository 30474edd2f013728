using Pathlight.Identity;
using Pathlight.Journeys;
using Pathlight.Timelines;

namespace Pathlight.Storage.DuckDb;

/// <summary>A stitched customer's timeline, found by any of their identifiers, with how they were stitched.</summary>
public static class CustomerTimelineStoreExtensions
{
    /// <summary>
    /// The timeline of the customer an identifier belongs to (a <c>customer_id</c> may also be a customer's key), with
    /// their identifiers and merge history.
    /// </summary>
    /// <exception cref="NotFoundException">No fact of the journey carries the identifier.</exception>
    /// <exception cref="PathlightException">The journey has no such identifier kind, or the value is not valid for it.</exception>
    public static CustomerTimeline GetCustomerTimeline(this DuckDbStore store, Journey journey, Identifier identifier)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journey);
        var kinds = IdentifierKinds.ExtraColumns(journey.Options.Identity.Kinds).Prepend(IdentifierKinds.CustomerId).ToList();
        if (!kinds.Contains(identifier.Kind, StringComparer.Ordinal))
        {
            throw new PathlightException(
                $"'{identifier.Kind}' is not an identifier kind of journey '{journey.Id}'; use one of {string.Join(", ", kinds)}.");
        }

        // One connection for the whole timeline: when nothing else holds the store open, each connection reopens the
        // file and starts with an empty cache.
        using var connection = store.Connect();
        var key = CustomerIdentityStoreExtensions.Find(connection, store, journey, identifier) ?? throw new NotFoundException(
            identifier.Kind == IdentifierKinds.CustomerId
                ? $"The journey '{journey.Id}' has no customer '{identifier.Value}'."
                : $"The journey '{journey.Id}' has no customer with the identifier {identifier}.");
        var nodes = new List<long>();
        var identity = CustomerIdentityStoreExtensions.Read(connection, journey.Id, key, nodes);
        var facts = CustomerFacts.Read(connection, key, nodes);
        if (facts.Count == 0 && identity is { Identifiers: [{ Shared: true }] })
        {
            throw new NotFoundException(
                $"{identifier} is shared: it was seen with more than {journey.Options.Identity.MaxCustomerIds} customer_ids, so it identifies "
                + "no one customer. Look the customer up by another identifier; `pathlight identities shared` lists such identifiers.");
        }

        return TimelineBuilder.Build(journey, key, facts) with { Identity = identity };
    }
}
