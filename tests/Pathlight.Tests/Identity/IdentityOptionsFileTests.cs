using Pathlight.Journeys;
using Pathlight.Tests.Journeys;

namespace Pathlight.Tests.Identity;

/// <summary>options.identity and options.retention_days of a journey file; the options start on line 11.</summary>
public sealed class IdentityOptionsFileTests
{
    private static string WithOptions(string options) => JourneyYaml.Minimal + "options:\n" + options;

    [Fact]
    public void IdentityOptionsAreRead()
    {
        var journey = JourneyYaml.Parse(WithOptions("""
              identity:
                kinds: [crm_id, member_no]
                phone_region: gb
                max_customer_ids: 5
                pseudonymize: true
              retention_days: 730

            """));

        var identity = journey.Options.Identity;
        Assert.Equal(["crm_id", "member_no"], identity.Kinds);
        Assert.Equal(("GB", 5, true), (identity.PhoneRegion, identity.MaxCustomerIds, identity.Pseudonymize));
        Assert.Equal(730, journey.Options.RetentionDays);
    }

    [Fact]
    public void WithoutIdentityOptionsTheDefaultsHold()
    {
        var journey = JourneyYaml.Parse(JourneyYaml.Minimal);

        Assert.Equal(IdentityOptions.Default, journey.Options.Identity);
        Assert.Null(journey.Options.RetentionDays);
    }

    [Theory]
    [InlineData("phone_region: XX", 13, 19, "'phone_region' must be a two-letter region code like GB, US or DE, not 'XX'")]
    [InlineData("phone_region: England", 13, 19, "'phone_region' must be a two-letter region code like GB, US or DE, not 'ENGLAND'")]
    [InlineData("max_customer_ids: 0", 13, 23, "'max_customer_ids' must be at least 1, not 0")]
    [InlineData("max_customer_ids: -2", 13, 23, "'max_customer_ids' must be at least 1, not -2")]
    [InlineData("kinds: [crm_id, crm_id]", 13, 21, "identifier kind 'crm_id' is listed twice")]
    [InlineData("kinds: [email]", 13, 13, "'email' is a built-in identifier kind; list only kinds of your own")]
    [InlineData("kinds: [customer_id]", 13, 13, "'customer_id' is a built-in identifier kind; list only kinds of your own")]
    [InlineData("kinds: [Crm-Id]", 13, 13, "each identifier kind must be a lower-case name of letters, digits and '_', not 'Crm-Id'")]
    public void InvalidIdentityOptionIsReportedAtItsLineAndColumn(string option, int line, int column, string reason)
    {
        var error = JourneyYaml.SingleError(WithOptions($"  identity:\n    {option}\n"));

        Assert.Equal((JourneyYaml.FileName, line, column, reason), (error.File, error.Line, error.Column, error.Reason));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("touchpoint")]
    [InlineData("timestamp")]
    [InlineData("channel")]
    [InlineData("value")]
    [InlineData("kind")]
    [InlineData("opened")]
    [InlineData("nps")]
    [InlineData("comment")]
    public void DeclaredKindCannotTakeTheNameOfAFactColumn(string kind)
    {
        var error = JourneyYaml.SingleError(WithOptions($"  identity:\n    kinds: [{kind}]\n"));

        Assert.Equal((13, 13), (error.Line, error.Column));
        Assert.Equal($"'{kind}' is already a column of facts; give the identifier kind another name", error.Reason);
    }

    [Fact]
    public void RetentionOfLessThanOneDayIsRefused()
    {
        var error = JourneyYaml.SingleError(WithOptions("  retention_days: 0\n"));

        Assert.Equal((12, 19, "'retention_days' must be at least 1, not 0"), (error.Line, error.Column, error.Reason));
    }

    [Fact]
    public void UnknownIdentityOptionIsNamed()
    {
        var error = JourneyYaml.SingleError(WithOptions("  identity:\n    max_customers: 3\n"));

        Assert.Equal((13, 5), (error.Line, error.Column));
        Assert.Contains("max_customers", error.Reason, StringComparison.Ordinal);
    }
}
