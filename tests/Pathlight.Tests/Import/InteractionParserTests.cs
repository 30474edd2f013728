using Pathlight.Facts;
using Pathlight.Import;
using static Pathlight.Tests.Import.ParserTestData;

namespace Pathlight.Tests.Import;

public sealed class InteractionParserTests
{
    [Fact]
    public void ParsesEveryField()
    {
        var interaction = Accepted<InteractionFact>(FactKind.Interaction,
            ("id", "i1"), ("touchpoint", "store-enquiry"), ("timestamp", "2025-03-04T14:30:15.250Z"),
            ("customer_id", "c1"), ("channel", "store"), ("success", "TRUE"), ("duration_seconds", "95.5"),
            ("value", "-12.5e1"), ("customer_type", "new"));

        Assert.Equal("i1", interaction.Id);
        Assert.Equal("store-enquiry", interaction.TouchpointId);
        Assert.Equal(new DateTime(2025, 3, 4, 14, 30, 15, 250, DateTimeKind.Utc), interaction.At);
        Assert.Equal("c1", interaction.CustomerId);
        Assert.Equal("store", interaction.Channel);
        Assert.True(interaction.Success);
        Assert.Equal(95.5, interaction.DurationSeconds);
        Assert.Equal(-125.0, interaction.Value);
        Assert.Equal("new", interaction.Attributes["customer_type"]);
    }

    [Fact]
    public void LeavesOptionalFieldsEmpty()
    {
        var interaction = Accepted<InteractionFact>(FactKind.Interaction,
            ("id", "i1"), ("touchpoint", "purchase"), ("timestamp", "2025-03-04 09:00"), ("success", ""));

        Assert.Equal(new DateTime(2025, 3, 4, 9, 0, 0, DateTimeKind.Utc), interaction.At);
        Assert.Null(interaction.Success);
        Assert.Null(interaction.DurationSeconds);
        Assert.Null(interaction.Value);
        Assert.Null(interaction.CustomerId);
        Assert.Null(interaction.Channel);
    }

    [Theory]
    [InlineData("touchpoint", "", "touchpoint: empty; every interaction happens at a touchpoint")]
    [InlineData("touchpoint", "Purchase", "touchpoint: 'Purchase' is not a touchpoint of the journey")]
    [InlineData("timestamp", "", "timestamp: empty; every interaction needs the time it happened")]
    [InlineData("timestamp", "04/03/2025", "timestamp: '04/03/2025' is not a date and time; use ISO 8601 such as 2025-03-04T14:30:00Z")]
    [InlineData("timestamp", "2025-02-30", "timestamp: '2025-02-30' is not a date and time")]
    [InlineData("success", "ok", "success: 'ok' is not yes or no")]
    [InlineData("duration_seconds", "-1", "duration_seconds: -1 is below the smallest allowed value, 0")]
    [InlineData("duration_seconds", "1,5", "duration_seconds: '1,5' is not a number")]
    [InlineData("value", "NaN", "value: 'NaN' is not a number")]
    [InlineData("value", "1e999", "value: '1e999' is not a number")]
    [InlineData("id", "", "id: empty; every row needs an id")]
    public void RejectsAValueOutsideItsRules(string column, string value, string expected)
    {
        var cells = new List<(string, string?)> { ("id", "i1"), ("touchpoint", "purchase"), ("timestamp", "2025-03-04") };
        cells.RemoveAll(c => c.Item1 == column);
        cells.Add((column, value));

        var reason = Rejected(FactKind.Interaction, [.. cells]);

        Assert.StartsWith(expected, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnIdLongerThanTwoHundredCharacters()
    {
        Assert.NotNull(Accepted<InteractionFact>(FactKind.Interaction,
            ("id", new string('a', 200)), ("touchpoint", "purchase"), ("timestamp", "2025-03-04")));

        var reason = Rejected(FactKind.Interaction,
            ("id", new string('a', 201)), ("touchpoint", "purchase"), ("timestamp", "2025-03-04"));

        Assert.Equal("id: 201 characters long; at most 200 are allowed", reason);
    }

    [Fact]
    public void NamesTheCommandWhenTheJourneyHasManyTouchpoints()
    {
        var journey = MakeJourney([.. Enumerable.Range(1, 13).Select(i => $"t{i}")]);
        var parser = new FactParser(FactKind.Interaction, journey);

        var result = parser.Parse(Row(("id", "i1"), ("touchpoint", "t99"), ("timestamp", "2025-03-04")));

        Assert.Equal("touchpoint: 't99' is not a touchpoint of the journey; see `pathlight journeys` for the touchpoints of journey launch",
            result.Error);
    }

    [Fact]
    public void PassesAReaderErrorThrough()
    {
        var parser = new FactParser(FactKind.Interaction, Journey);

        var result = parser.Parse(new SourceRecord(12, [], [], "x\"y", "malformed quoting"));

        Assert.Equal("malformed quoting", result.Error);
    }

    [Fact]
    public void ReadsRecordsWithDifferentColumnOrders()
    {
        var parser = new FactParser(FactKind.Interaction, Journey);

        var first = parser.Parse(Row(("id", "i1"), ("touchpoint", "purchase"), ("timestamp", "2025-03-04")));
        var second = parser.Parse(Row(("timestamp", "2025-03-05"), ("ID", "i2"), ("touchpoint", "store-enquiry")));

        Assert.Equal(("i1", "purchase"), (first.Fact!.Id, ((InteractionFact)first.Fact).TouchpointId));
        Assert.Equal(("i2", "store-enquiry"), (second.Fact!.Id, ((InteractionFact)second.Fact).TouchpointId));
    }
}
