using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pathlight.Webhooks;

/// <summary>
/// How deliveries are signed. The signed bytes are the timestamp header's value (Unix seconds, ASCII digits), a
/// full stop, then the raw request body; the signature header is <c>sha256=</c> and the lower-case hex
/// HMAC-SHA256 of those bytes, keyed with the UTF-8 bytes of the webhook's whole secret (<c>whsec_…</c>).
/// Covering the timestamp lets receivers refuse replays of old deliveries.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "Pathlight-Signature";

    /// <summary>The header with the Unix time (seconds) the attempt was signed at.</summary>
    public const string TimestampHeader = "Pathlight-Timestamp";

    /// <summary>The header naming the event.</summary>
    public const string EventHeader = "Pathlight-Event";

    /// <summary>The header with the delivery id, the same on every retry.</summary>
    public const string DeliveryHeader = "Pathlight-Delivery";

    private const string SecretPrefix = "whsec_";
    private const string Scheme = "sha256=";

    /// <summary>A new random secret: <c>whsec_</c> and 32 random bytes in URL-safe Base64.</summary>
    public static string NewSecret() =>
        SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The signature header's value for a body signed at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>Whether a signature header matches, compared in constant time.</summary>
    public static bool Verify(string secret, long timestamp, ReadOnlySpan<byte> body, string? header) =>
        header is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(header));
}
