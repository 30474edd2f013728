using Pathlight.Facts;
using static Pathlight.Tests.Import.ParserTestData;

namespace Pathlight.Tests.Import;

public sealed class CaseParserTests
{
    [Fact]
    public void ParsesEveryField()
    {
        var supportCase = Accepted<CaseFact>(FactKind.Case,
            ("id", "k1"), ("touchpoint", "purchase"), ("customer_id", "c1"), ("channel", "phone"),
            ("category", "out of stock"), ("opened", "2025-03-04T10:00:00Z"), ("resolved", "2025-03-05T12:00:00+01:00"),
            ("contacts", "3"), ("first_contact_resolution", "no"), ("reopened", "Y"), ("region", "south"));

        Assert.Equal("k1", supportCase.Id);
        Assert.Equal("purchase", supportCase.TouchpointId);
        Assert.Equal("c1", supportCase.CustomerId);
        Assert.Equal("phone", supportCase.Channel);
        Assert.Equal("out of stock", supportCase.Category);
        Assert.Equal(new DateTime(2025, 3, 4, 10, 0, 0, DateTimeKind.Utc), supportCase.Opened);
        Assert.Equal(new DateTime(2025, 3, 5, 11, 0, 0, DateTimeKind.Utc), supportCase.Resolved);
        Assert.Equal(3, supportCase.Contacts);
        Assert.False(supportCase.FirstContactResolution);
        Assert.True(supportCase.Reopened);
        Assert.Equal("south", supportCase.Attributes["region"]);
    }

    [Fact]
    public void DefaultsToOneContactAndAllowsNoTouchpoint()
    {
        var supportCase = Accepted<CaseFact>(FactKind.Case,
            ("id", "k1"), ("touchpoint", ""), ("opened", "2025-03-04"), ("resolved", "2025-03-04"), ("contacts", ""));

        Assert.Null(supportCase.TouchpointId);
        Assert.Equal(1, supportCase.Contacts);
        Assert.Equal(supportCase.Opened, supportCase.Resolved);
        Assert.Null(supportCase.FirstContactResolution);
    }

    [Theory]
    [InlineData("resolved", "2025-03-03T23:59:59Z", "resolved: 2025-03-03T23:59:59Z is before opened (2025-03-04T00:00:00Z)")]
    [InlineData("resolved", "soon", "resolved: 'soon' is not a date and time")]
    [InlineData("opened", "", "opened: empty; every case needs the time it was opened")]
    [InlineData("contacts", "0", "contacts: '0' is not a whole number of at least 1")]
    [InlineData("contacts", "1.5", "contacts: '1.5' is not a whole number of at least 1")]
    [InlineData("reopened", "sometimes", "reopened: 'sometimes' is not yes or no")]
    [InlineData("touchpoint", "nowhere", "touchpoint: 'nowhere' is not a touchpoint of the journey")]
    public void RejectsAValueOutsideItsRules(string column, string value, string expected)
    {
        var cells = new List<(string, string?)> { ("id", "k1"), ("opened", "2025-03-04") };
        cells.RemoveAll(c => c.Item1 == column);
        cells.Add((column, value));

        var reason = Rejected(FactKind.Case, [.. cells]);

        Assert.StartsWith(expected, reason, StringComparison.Ordinal);
    }
}
