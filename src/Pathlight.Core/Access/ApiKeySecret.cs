using System.Security.Cryptography;
using System.Text;

namespace Pathlight.Access;

/// <summary>
/// An API key as handed to its holder: <c>pl_&lt;id&gt;_&lt;secret&gt;</c>. The id finds the stored key; only a
/// SHA-256 hash of the secret is stored. A hash without salt or stretching is enough here because the secret is
/// 256 random bits, not a password a person chose.
/// </summary>
/// <param name="Id">Public identifier (shown by <c>keys list</c>, used by <c>keys revoke</c>).</param>
/// <param name="Secret">The random part; never stored.</param>
public sealed record ApiKeySecret(string Id, string Secret)
{
    private const string Prefix = "pl_";

    /// <summary>The key as the holder sends it.</summary>
    public string Text => $"{Prefix}{Id}_{Secret}";

    /// <summary>The hash that is stored in place of the secret.</summary>
    public string Hash => HashOf(Secret);

    /// <summary>A new key with a random id and secret.</summary>
    public static ApiKeySecret Create() =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), Base64Url(RandomNumberGenerator.GetBytes(32)));

    /// <summary>Reads a key's text; false when it is not shaped like a Pathlight key.</summary>
    public static bool TryParse(string? text, out ApiKeySecret key)
    {
        key = new ApiKeySecret("", "");
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text.AsSpan(Prefix.Length);
        var split = rest.IndexOf('_');
        if (split <= 0 || split == rest.Length - 1)
        {
            return false;
        }

        key = new ApiKeySecret(rest[..split].ToString(), rest[(split + 1)..].ToString());
        return true;
    }

    /// <summary>Whether this key's secret matches a stored hash, compared in constant time.</summary>
    public bool Matches(string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash), Encoding.ASCII.GetBytes(storedHash));

    private static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The text form; the secret is left out so a key never lands in a log by accident.</summary>
    public override string ToString() => $"{Prefix}{Id}_…";
}
