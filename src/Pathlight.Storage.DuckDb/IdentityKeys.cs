using DuckDB.NET.Data;
using Pathlight.Identity;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Keeps a journey's identifiers in one form for its whole life: the first write records whether they are stored
/// as given or pseudonymized (and the key's fingerprint), and every later use must match, so a missing or different
/// key is an error instead of customers who silently stop matching.
/// </summary>
internal static class IdentityKeys
{
    /// <summary>The environment variable the CLI and the server read the identity key from.</summary>
    public const string Variable = "PATHLIGHT_IDENTITY_KEY";

    private const string Plain = "plain";

    public static IdentifierPseudonymizer? Check(DuckDBConnection connection, Journey journey, IdentifierPseudonymizer? pseudonymizer)
    {
        var wanted = journey.Options.Identity.Pseudonymize;
        if (wanted && pseudonymizer is null)
        {
            throw new PathlightException(
                $"Journey '{journey.Id}' pseudonymizes identifiers: set the key in the {Variable} environment variable (the same key every time).");
        }

        var mode = wanted ? "hmac:" + pseudonymizer!.Fingerprint : Plain;
        var setting = "identity_mode:" + journey.Id;
        var stored = connection.Scalar("SELECT value FROM settings WHERE name = $name", ("name", setting)) as string;
        if (stored is null)
        {
            var hasIdentities = Convert.ToInt64(connection.Scalar(
                "SELECT count(*) FROM identities WHERE journey_id = $journey", ("journey", journey.Id)), System.Globalization.CultureInfo.InvariantCulture) > 0;
            stored = hasIdentities ? Plain : mode;
            connection.Execute("INSERT INTO settings VALUES ($name, $value)", ("name", setting), ("value", stored));
        }

        if (stored == mode)
        {
            return wanted ? pseudonymizer : null;
        }

        throw new PathlightException(stored == Plain
            ? $"Journey '{journey.Id}' already holds identifiers as given; it cannot switch to pseudonymized ones (erase its facts or use a new journey id)."
            : mode == Plain
                ? $"Journey '{journey.Id}' holds pseudonymized identifiers; its journey file must keep options.identity.pseudonymize: true."
                : $"The identity key in {Variable} is not the one journey '{journey.Id}' was stored with.");
    }
}
