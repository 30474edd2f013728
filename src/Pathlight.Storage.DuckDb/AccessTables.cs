using System.Security.Cryptography;
using DuckDB.NET.Data;
using Pathlight.Access;

namespace Pathlight.Storage.DuckDb;

/// <summary>API keys (only their hashes) and server settings such as the survey-link secret.</summary>
internal static class AccessTables
{
    internal static ApiKeySecret CreateKey(DuckDBConnection connection, Role role, string? name)
    {
        var key = ApiKeySecret.Create();
        connection.Execute("INSERT INTO api_keys VALUES ($id, $name, $role, $hash, $created, NULL)",
            ("id", key.Id), ("name", name), ("role", role.ToString().ToLowerInvariant()), ("hash", key.Hash),
            ("created", DateTime.UtcNow));
        return key;
    }

    internal static IReadOnlyList<ApiKeyInfo> ListKeys(DuckDBConnection connection)
    {
        using var command = connection.Command("SELECT id, name, role, created_at, revoked_at FROM api_keys ORDER BY created_at, id");
        using var reader = command.ExecuteReader();
        var keys = new List<ApiKeyInfo>();
        while (reader.Read())
        {
            keys.Add(new ApiKeyInfo(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                Enum.Parse<Role>(reader.GetString(2), ignoreCase: true), reader.GetDateTime(3),
                reader.IsDBNull(4) ? null : reader.GetDateTime(4)));
        }

        return keys;
    }

    internal static bool Revoke(DuckDBConnection connection, string id) =>
        connection.Execute("UPDATE api_keys SET revoked_at = $now WHERE id = $id AND revoked_at IS NULL",
            ("now", DateTime.UtcNow), ("id", id)) > 0;

    internal static ApiKeyInfo? Authenticate(DuckDBConnection connection, ApiKeySecret key)
    {
        using var command = connection.Command(
            "SELECT name, role, created_at, secret_hash FROM api_keys WHERE id = $id AND revoked_at IS NULL", ("id", key.Id));
        using var reader = command.ExecuteReader();
        if (!reader.Read() || !key.Matches(reader.GetString(3)))
        {
            return null;
        }

        return new ApiKeyInfo(key.Id, reader.IsDBNull(0) ? null : reader.GetString(0),
            Enum.Parse<Role>(reader.GetString(1), ignoreCase: true), reader.GetDateTime(2), null);
    }

    internal static string Secret(DuckDBConnection connection, string name)
    {
        // INSERT OR IGNORE keeps the first secret if two processes race to create it.
        connection.Execute("INSERT OR IGNORE INTO settings VALUES ($name, $value)",
            ("name", name), ("value", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        return (string)connection.Scalar("SELECT value FROM settings WHERE name = $name", ("name", name))!;
    }
}
