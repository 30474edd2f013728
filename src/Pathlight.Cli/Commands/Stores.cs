using Pathlight.Storage.DuckDb;

namespace Pathlight.Cli.Commands;

/// <summary>How every command opens the store: with the identity key from the environment, so pseudonymized journeys work.</summary>
internal static class Stores
{
    /// <summary>Opens (and upgrades) the store at <paramref name="path"/>; see <see cref="DuckDbStore.Open"/>.</summary>
    internal static DuckDbStore Open(string path, bool create = false) =>
        DuckDbStore.Open(path, create, IdentityKeySource.FromEnvironment());
}
