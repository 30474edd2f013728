using Pathlight.Identity;
using Pathlight.Journeys;

namespace Pathlight.Tests.Identity;

public sealed class IdentifierNormalizerTests
{
    private static readonly IdentifierNormalizer Gb = new(IdentityOptions.Default with { PhoneRegion = "GB" });
    private static readonly IdentifierNormalizer NoRegion = new(IdentityOptions.Default);

    [Theory]
    [InlineData("ann@example.com", "ann@example.com")]
    [InlineData("  Ann@Example.COM \t", "ann@example.com")]
    [InlineData("ÄNNE.MÜLLER@BEISPIEL.DE", "änne.müller@beispiel.de")]
    [InlineData("ΑΝΝΑ@ΠΑΡΆΔΕΙΓΜΑ.ΕΛ", "αννα@παράδειγμα.ελ")]
    [InlineData("first.last+tag@mail.example.co.uk", "first.last+tag@mail.example.co.uk")]
    public void EmailIsTrimmedAndLowerCased(string given, string expected)
    {
        var (identifier, reason) = Gb.Normalize(IdentifierKinds.Email, given);

        Assert.Null(reason);
        Assert.Equal(new Identifier(IdentifierKinds.Email, expected), identifier);
    }

    [Theory]
    [InlineData("ann.example.com")]
    [InlineData("ann@@example.com")]
    [InlineData("ann@home@example.com")]
    [InlineData("ann@localhost")]
    [InlineData("ann@example..com")]
    [InlineData("ann@.example.com")]
    [InlineData("ann@example.com.")]
    [InlineData("@example.com")]
    [InlineData("ann@")]
    [InlineData("ann smith@example.com")]
    [InlineData("ann@exa mple.com")]
    public void MalformedEmailIsRejectedWithTheValueAndTheExpectedShape(string given)
    {
        var (identifier, reason) = Gb.Normalize(IdentifierKinds.Email, given);

        Assert.Null(identifier);
        Assert.Equal($"'{given}' is not an e-mail address (name@domain.example)", reason);
    }

    [Fact]
    public void EmailLongerThan254CharactersIsRejected()
    {
        var longest = new string('a', 64) + "@" + new string('b', 185) + ".com";
        Assert.Equal(254, longest.Length);

        Assert.NotNull(Gb.Normalize(IdentifierKinds.Email, longest).Identifier);
        Assert.Null(Gb.Normalize(IdentifierKinds.Email, "a" + longest).Identifier);
    }

    [Theory]
    [InlineData("07911 123456", "+447911123456")]
    [InlineData("07911123456", "+447911123456")]
    [InlineData("(07911) 123-456", "+447911123456")]
    [InlineData("+44 7911 123456", "+447911123456")]
    [InlineData("+44 (0)7911 123456", "+447911123456")]
    [InlineData("0044 7911 123456", "+447911123456")]
    [InlineData("020 7946 0958", "+442079460958")]
    [InlineData("+1 (202) 555-0143", "+12025550143")]
    [InlineData("+49 30 901820", "+4930901820")]
    public void PhoneInTheJourneysRegionOrWithACountryCodeBecomesE164(string given, string expected)
    {
        var (identifier, reason) = Gb.Normalize(IdentifierKinds.Phone, given);

        Assert.Null(reason);
        Assert.Equal(new Identifier(IdentifierKinds.Phone, expected), identifier);
    }

    [Fact]
    public void PhoneWithACountryCodeNeedsNoRegion()
    {
        Assert.Equal(new Identifier(IdentifierKinds.Phone, "+447911123456"),
            NoRegion.Normalize(IdentifierKinds.Phone, " +44 7911-123-456 ").Identifier);
    }

    [Fact]
    public void PhoneWithoutRegionAndWithoutPlusSaysHowToFixIt()
    {
        var (identifier, reason) = NoRegion.Normalize(IdentifierKinds.Phone, "07911 123456");

        Assert.Null(identifier);
        Assert.Equal("'07911 123456' has no country code; write it as +<country code><number> " +
            "or set options.identity.phone_region in the journey file", reason);
    }

    [Theory]
    [InlineData("12345", "'12345' is not a valid phone number in GB")]
    [InlineData("07911 12345678901", "'07911 12345678901' is not a valid phone number in GB")]
    [InlineData("+44 1234", "'+44 1234' is not a valid phone number in GB")]
    [InlineData("+1 555 0100", "'+1 555 0100' is not a valid phone number in US")]
    [InlineData("call me", "'call me' is not a phone number")]
    [InlineData("+", "'+' is not a phone number")]
    [InlineData("+999 1234567", "'+999 1234567' is not a phone number")]
    public void InvalidPhoneIsRejectedWithTheReason(string given, string expected)
    {
        var (identifier, reason) = Gb.Normalize(IdentifierKinds.Phone, given);

        Assert.Null(identifier);
        Assert.Equal(expected, reason);
    }

    [Theory]
    [InlineData(IdentifierKinds.CustomerId, " C042 ", "C042")]
    [InlineData(IdentifierKinds.Account, "\tAC-1\t", "AC-1")]
    [InlineData(IdentifierKinds.Loyalty, " L9 ", "L9")]
    [InlineData(IdentifierKinds.Device, "Tablet-3", "Tablet-3")]
    [InlineData("crm_id", "  X 1  ", "X 1")]
    public void OtherKindsAreTrimmedButKeepTheirCase(string kind, string given, string expected)
    {
        Assert.Equal(new Identifier(kind, expected), Gb.Normalize(kind, given).Identifier);
    }

    [Theory]
    [InlineData(IdentifierKinds.CustomerId)]
    [InlineData(IdentifierKinds.Email)]
    [InlineData(IdentifierKinds.Phone)]
    [InlineData(IdentifierKinds.Device)]
    public void BlankValueIsEmpty(string kind)
    {
        Assert.Equal((null, "empty"), Gb.Normalize(kind, "  \t "));
    }

    [Fact]
    public void OtherKindsAreAtMost200Characters()
    {
        var longest = new string('x', IdentifierNormalizer.MaxLength);

        Assert.Equal(longest, Gb.Normalize(IdentifierKinds.Loyalty, $"  {longest}  ").Identifier?.Value);
        Assert.Equal((null, "201 characters long; at most 200 are allowed"), Gb.Normalize(IdentifierKinds.Device, longest + "y"));
    }

    [Fact]
    public void UnknownPhoneRegionIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new IdentifierNormalizer(IdentityOptions.Default with { PhoneRegion = "XX" }));

        Assert.StartsWith("'XX' is not a known phone region", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LowerCaseRegionIsAccepted()
    {
        var normalizer = new IdentifierNormalizer(IdentityOptions.Default with { PhoneRegion = "de" });

        Assert.Equal("+4930901820", normalizer.Normalize(IdentifierKinds.Phone, "030 901820").Identifier?.Value);
    }

    [Theory]
    [InlineData("email:ann@example.com", "email", "ann@example.com")]
    [InlineData(" EMAIL : Ann@Example.com ", "email", "Ann@Example.com")]
    [InlineData("customer_id:email:ann@example.com", "customer_id", "email:ann@example.com")]
    public void ParseSplitsAtTheFirstColon(string text, string kind, string value)
    {
        Assert.Equal(new Identifier(kind, value), Identifier.Parse(text));
    }

    [Theory]
    [InlineData("ann@example.com")]
    [InlineData(":ann@example.com")]
    [InlineData("email:")]
    public void ParseNeedsKindColonValue(string text)
    {
        var error = Assert.Throws<PathlightException>(() => Identifier.Parse(text));

        Assert.Contains("write it as kind:value", error.Message, StringComparison.Ordinal);
    }
}
