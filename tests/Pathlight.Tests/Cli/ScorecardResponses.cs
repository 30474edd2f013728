using System.Globalization;
using System.Text;

namespace Pathlight.Tests.Cli;

/// <summary>
/// A hand-made responses file whose scorecard can be worked out by hand.
/// launch-purchase, March (40): 30 expect 9 get 7 (gap −2), 10 expect 8 get 7 (gap −1); NPS answers 10 ×10, 7 ×20,
/// 3 ×10; even rows region north, odd rows south; all customer_type returning.
/// launch-purchase, April (10): expect 6 get 9 (gap +3), NPS 9, region north, customer_type new.
/// store-enquiry, March (30): expect 5 get 7 (gap +2), NPS 8, region west.
/// </summary>
internal static class ScorecardResponses
{
    public static string Csv()
    {
        var csv = new StringBuilder("id,touchpoint,timestamp,expectation,reality,nps,region,customer_type\n");
        for (var i = 0; i < 40; i++)
        {
            var (expectation, nps) = (i < 30 ? 9 : 8, i < 10 ? 10 : i < 30 ? 7 : 3);
            csv.Append(CultureInfo.InvariantCulture,
                $"lp-{i:D2},launch-purchase,2025-03-{1 + (i % 28):D2}T12:00:00Z,{expectation},7,{nps},{(i % 2 == 0 ? "north" : "south")},returning\n");
        }

        for (var i = 40; i < 50; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"lp-{i:D2},launch-purchase,2025-04-{i - 39:D2}T12:00:00Z,6,9,9,north,new\n");
        }

        for (var i = 0; i < 30; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"se-{i:D2},store-enquiry,2025-03-10T09:30:00Z,5,7,8,west,\n");
        }

        return csv.ToString();
    }
}
