using Pathlight.Facts;
using static Pathlight.Tests.Import.ParserTestData;

namespace Pathlight.Tests.Import;

public sealed class OutcomeParserTests
{
    [Fact]
    public void ParsesEveryField()
    {
        var outcome = Accepted<OutcomeFact>(FactKind.Outcome,
            ("id", "o1"), ("customer_id", "c1"), ("kind", "Repeat_Purchase"), ("timestamp", "2025-04-01"),
            ("value", "499.99"), ("plan", "gold"));

        Assert.Equal("o1", outcome.Id);
        Assert.Equal("c1", outcome.CustomerId);
        Assert.Equal("repeat_purchase", outcome.OutcomeKind);
        Assert.Equal(new DateTime(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc), outcome.At);
        Assert.Equal(499.99, outcome.Value);
        Assert.Equal("gold", outcome.Attributes["plan"]);
    }

    [Theory]
    [InlineData("customer_id", "", "every outcome belongs to a customer: give its customer_id or another identifier (account, email, phone, loyalty, device)")]
    [InlineData("kind", "", "kind: empty; every outcome has a kind")]
    [InlineData("kind", "repeat-purchase", "kind: 'repeat-purchase' may hold only letters, digits and underscores, like churned, repeat_purchase or renewed")]
    [InlineData("timestamp", "", "timestamp: empty; every outcome needs the time it happened")]
    [InlineData("value", "1 000", "value: '1 000' is not a number")]
    public void RejectsAValueOutsideItsRules(string column, string value, string expected)
    {
        var cells = new List<(string, string?)> { ("id", "o1"), ("customer_id", "c1"), ("kind", "churned"), ("timestamp", "2025-04-01") };
        cells.RemoveAll(c => c.Item1 == column);
        cells.Add((column, value));

        var reason = Rejected(FactKind.Outcome, [.. cells]);

        Assert.StartsWith(expected, reason, StringComparison.Ordinal);
    }
}
