using Pathlight.Facts;
using Pathlight.Import;

namespace Pathlight.Tests.Import;

public sealed class CheckColumnsTests
{
    [Theory]
    [InlineData(FactKind.Interaction, "id,touchpoint,timestamp")]
    [InlineData(FactKind.Response, "id,timestamp,nps")]
    [InlineData(FactKind.Response, "ID , Timestamp,comment,region")]
    [InlineData(FactKind.Case, "id,opened")]
    [InlineData(FactKind.Outcome, "id,customer_id,kind,timestamp")]
    public void AcceptsTheRequiredColumns(FactKind kind, string columns) =>
        Assert.Null(FactParser.CheckColumns(kind, columns.Split(',')));

    [Theory]
    [InlineData(FactKind.Interaction, "touchpoint,timestamp", "the file has no id column; interactions need id, touchpoint, timestamp")]
    [InlineData(FactKind.Interaction, "id", "the file has no touchpoint, timestamp columns; interactions need id, touchpoint, timestamp")]
    [InlineData(FactKind.Case, "id,touchpoint", "the file has no opened column; cases need id, opened")]
    [InlineData(FactKind.Outcome, "id,customer_id,timestamp", "the file has no kind column; outcomes need id, kind, timestamp")]
    [InlineData(FactKind.Response, "id,timestamp,region", "the file has no question and no comment column; responses need at least one of nps, csat")]
    public void NamesTheMissingColumns(FactKind kind, string columns, string expected) =>
        Assert.StartsWith(expected, FactParser.CheckColumns(kind, columns.Split(',')), StringComparison.Ordinal);

    [Fact]
    public void ListsTheKnownAndRequiredColumns()
    {
        Assert.Equal(["id", "customer_id", "kind", "timestamp", "value"], FactParser.KnownColumns(FactKind.Outcome));
        Assert.Equal(["id", "opened"], FactParser.RequiredColumns(FactKind.Case));
    }
}
