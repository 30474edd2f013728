using System.Globalization;
using Pathlight.Import;

namespace Pathlight.Tests.Import;

public sealed class FieldValuesTests
{
    [Theory]
    [InlineData("2025-03-04T14:30:00Z", "2025-03-04T14:30:00.0000000Z")]
    [InlineData("2025-03-04T14:30:00+02:00", "2025-03-04T12:30:00.0000000Z")]
    [InlineData("2025-03-04T01:30:00-0500", "2025-03-04T06:30:00.0000000Z")]
    [InlineData("2025-03-04T14:30:00.1234567Z", "2025-03-04T14:30:00.1234567Z")]
    [InlineData("2025-03-04T14:30:00", "2025-03-04T14:30:00.0000000Z")]
    [InlineData("2025-03-04T14:30", "2025-03-04T14:30:00.0000000Z")]
    [InlineData("2025-03-04 14:30:00", "2025-03-04T14:30:00.0000000Z")]
    [InlineData("2025-03-04", "2025-03-04T00:00:00.0000000Z")]
    public void ParsesIsoTimestampsAsUtc(string text, string expected)
    {
        Assert.True(FieldValues.TryTimestamp(text, out var utc));

        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal(expected, utc.ToString("o", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("04/03/2025")]
    [InlineData("2025-3-4")]
    [InlineData("March 4, 2025")]
    [InlineData("1741098600")]
    [InlineData("2025-03-04T25:00:00Z")]
    public void RejectsOtherTimestampForms(string text) => Assert.False(FieldValues.TryTimestamp(text, out _));

    [Theory]
    [InlineData("yes", true)]
    [InlineData("YES", true)]
    [InlineData("True", true)]
    [InlineData("1", true)]
    [InlineData("y", true)]
    [InlineData("no", false)]
    [InlineData("False", false)]
    [InlineData("0", false)]
    [InlineData("N", false)]
    public void ReadsYesAndNo(string text, bool expected)
    {
        Assert.True(FieldValues.TryYesNo(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("yep")]
    [InlineData("")]
    public void RejectsOtherYesNoValues(string text) => Assert.False(FieldValues.TryYesNo(text, out _));

    [Fact]
    public void ParsesNumbersTheSameUnderAnyCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // The build runs with invariant globalization, so a culture with a decimal comma is made by hand.
            var commaCulture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            commaCulture.NumberFormat.NumberDecimalSeparator = ",";
            commaCulture.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = commaCulture;
            Assert.True(FieldValues.TryNumber("1.5", out var value));
            Assert.Equal(1.5, value);
            Assert.True(FieldValues.TryWholeNumber("7.0", out var whole));
            Assert.Equal(7, whole);
            Assert.False(FieldValues.TryNumber("1,5", out _));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
