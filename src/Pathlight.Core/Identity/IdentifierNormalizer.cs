using PhoneNumbers;
using Pathlight.Journeys;

namespace Pathlight.Identity;

/// <summary>
/// Brings identifier values to one spelling so the same person matches across channels: e-mail addresses trimmed
/// and lower-cased, phone numbers in E.164 (read in the journey's default region when they lack a country code),
/// everything else trimmed. Thread-safe.
/// </summary>
public sealed class IdentifierNormalizer
{
    /// <summary>Longest identifier value accepted, in characters.</summary>
    public const int MaxLength = 200;

    private const int MaxEmailLength = 254;
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    private readonly string? _region;

    /// <summary>Creates a normalizer for a journey's identity options.</summary>
    /// <exception cref="ArgumentException">The phone region is not one libphonenumber knows.</exception>
    public IdentifierNormalizer(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PhoneRegion is { } region && !IsKnownRegion(region))
        {
            throw new ArgumentException($"'{region}' is not a known phone region", nameof(options));
        }

        _region = options.PhoneRegion?.ToUpperInvariant();
    }

    /// <summary>Whether libphonenumber knows <paramref name="region"/> (a two-letter code like GB or US).</summary>
    public static bool IsKnownRegion(string region) =>
        Phones.GetSupportedRegions().Contains(region.ToUpperInvariant());

    /// <summary>The normalized identifier, or the reason the value is not one (without the column name).</summary>
    public (Identifier? Identifier, string? Reason) Normalize(string kind, string value)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return (null, "empty");
        }

        return kind switch
        {
            IdentifierKinds.Email => Email(trimmed),
            IdentifierKinds.Phone => Phone(trimmed),
            _ when trimmed.Length > MaxLength => (null, $"{trimmed.Length} characters long; at most {MaxLength} are allowed"),
            _ => (new Identifier(kind, trimmed), null),
        };
    }

    private static (Identifier?, string?) Email(string value)
    {
        var email = value.ToLowerInvariant();
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var valid = email.Length <= MaxEmailLength
            && at > 0
            && at == email.LastIndexOf('@')
            && at < email.Length - 1
            && !email.Any(char.IsWhiteSpace)
            && email[(at + 1)..].Split('.') is { Length: >= 2 } labels
            && labels.All(label => label.Length > 0);
        return valid
            ? (new Identifier(IdentifierKinds.Email, email), null)
            : (null, $"'{value}' is not an e-mail address (name@domain.example)");
    }

    private (Identifier?, string?) Phone(string value)
    {
        PhoneNumber number;
        try
        {
            number = Phones.Parse(value, _region);
        }
        catch (NumberParseException)
        {
            return (null, Unreadable(value));
        }

        if (!Phones.IsValidNumber(number))
        {
            var where = Phones.GetRegionCodeForCountryCode(number.CountryCode);
            return (null, $"'{value}' is not a valid phone number{(where is "ZZ" ? "" : $" in {where}")}");
        }

        return (new Identifier(IdentifierKinds.Phone, Phones.Format(number, PhoneNumberFormat.E164)), null);
    }

    private string Unreadable(string value) => _region is null && !value.StartsWith('+')
        ? $"'{value}' has no country code; write it as +<country code><number> or set options.identity.phone_region in the journey file"
        : $"'{value}' is not a phone number";
}
