using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Pathlight.Surveys;

/// <summary>
/// Signs and verifies survey links <c>/s/{journey}/{touchpoint}?t=TOKEN[&amp;c=CUSTOMER]</c>. The token is
/// HMAC-SHA256, keyed by a secret the store keeps, over the journey id, the touchpoint id and (when present)
/// the customer id, each length-prefixed so no two different links sign the same bytes; it is written as
/// unpadded base64url. A link cannot be altered to rate another touchpoint or to speak for another customer.
/// </summary>
public sealed class SurveyLinks
{
    /// <summary>The name of the store secret that keys the links.</summary>
    public const string SecretName = "survey-links";

    /// <summary>The length of a token in characters (32 bytes as unpadded base64url).</summary>
    public const int TokenLength = 43;

    // Versions the message layout, and keeps these MACs apart from anything else the same key might sign.
    private static readonly byte[] Purpose = "pathlight/survey-link/v1"u8.ToArray();

    private readonly byte[] _key;

    /// <summary>Creates the signer keyed by <paramref name="secret"/> (its UTF-8 bytes).</summary>
    public SurveyLinks(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _key = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>The token for a link.</summary>
    public string Sign(SurveyLink link) => Base64Url.EncodeToString(Mac(link));

    /// <summary>
    /// Whether <paramref name="token"/> is the token of exactly this link. The comparison takes the same time
    /// wherever the first differing character is, so timing reveals nothing about the right token.
    /// </summary>
    public bool Verify(SurveyLink link, string? token)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(link));
        var given = Encoding.UTF8.GetBytes(token ?? "");
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>The link's path and query, e.g. <c>/s/product-launch/launch-purchase?t=…&amp;c=…</c>.</summary>
    public string PathAndQuery(SurveyLink link)
    {
        var path = $"/s/{Uri.EscapeDataString(link.JourneyId)}/{Uri.EscapeDataString(link.TouchpointId)}?t={Sign(link)}";
        return link.CustomerId is null ? path : $"{path}&c={Uri.EscapeDataString(link.CustomerId)}";
    }

    /// <summary>The full link under <paramref name="baseUrl"/> (which may carry a path, e.g. behind a proxy).</summary>
    public Uri Url(Uri baseUrl, SurveyLink link)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The base URL must be absolute, like http://127.0.0.1:5080.", nameof(baseUrl));
        }

        var root = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(root + PathAndQuery(link));
    }

    private byte[] Mac(SurveyLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentException.ThrowIfNullOrEmpty(link.JourneyId);
        ArgumentException.ThrowIfNullOrEmpty(link.TouchpointId);
        if (link.CustomerId is { Length: 0 })
        {
            throw new ArgumentException("A customer id is either absent (null) or not empty.", nameof(link));
        }

        string[] parts = link.CustomerId is null
            ? [link.JourneyId, link.TouchpointId]
            : [link.JourneyId, link.TouchpointId, link.CustomerId];
        using var message = new MemoryStream();
        Append(message, Purpose);
        message.WriteByte((byte)parts.Length);
        foreach (var part in parts)
        {
            Append(message, Encoding.UTF8.GetBytes(part));
        }

        return HMACSHA256.HashData(_key, message.ToArray());
    }

    private static void Append(MemoryStream message, byte[] bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        message.Write(length);
        message.Write(bytes);
    }
}
