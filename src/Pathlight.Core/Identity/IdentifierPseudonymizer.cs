using System.Security.Cryptography;
using System.Text;

namespace Pathlight.Identity;

/// <summary>
/// Replaces identifier values by keyed hashes (HMAC-SHA256 over kind and normalized value), so the same person
/// still matches across facts while the store never holds a raw e-mail address or phone number. Without the key
/// the values cannot be recovered or recomputed.
/// </summary>
public sealed class IdentifierPseudonymizer
{
    /// <summary>Shortest key accepted, in bytes (the key is read as UTF-8 text).</summary>
    public const int MinKeyLength = 16;

    private readonly byte[] _key;

    /// <summary>Creates a pseudonymizer with a secret key.</summary>
    /// <exception cref="PathlightException">The key is shorter than <see cref="MinKeyLength"/> bytes.</exception>
    public IdentifierPseudonymizer(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = Encoding.UTF8.GetBytes(key);
        if (_key.Length < MinKeyLength)
        {
            throw new PathlightException(
                $"The identity key is {_key.Length} bytes long; use at least {MinKeyLength} random bytes (for example `openssl rand -base64 32`).");
        }
    }

    /// <summary>
    /// A short public fingerprint of the key, stored beside pseudonymized identifiers so a store refuses a different
    /// key instead of silently failing to match anyone.
    /// </summary>
    public string Fingerprint => Hash("pathlight-identity-key-fingerprint")[..16];

    /// <summary>The identifier with its value replaced by the keyed hash (43 base64url characters).</summary>
    public Identifier Pseudonymize(Identifier identifier) => identifier with { Value = Hash(identifier.Kind + "\n" + identifier.Value) };

    private string Hash(string text) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
