using System.Globalization;

namespace Pathlight.Demo;

/// <summary>
/// One synthetic customer with everything that happened to them, simulated from a generator of its own so
/// any customer can be re-simulated alone, in any order, with the same result.
/// </summary>
internal sealed class DemoCustomer
{
    private static readonly string[] Regions = ["north", "south", "east", "west"];
    private static readonly double[] RegionShares = [0.34, 0.26, 0.22, 0.18];

    private DemoCustomer(int index, string region, string customerType, double mood, bool engaged)
    {
        Index = index;
        Region = region;
        CustomerType = customerType;
        Mood = mood;
        Engaged = engaged;
    }

    public int Index { get; }

    /// <summary>Identifies the customer in ids: one-based, zero-padded.</summary>
    public string Number => (Index + 1).ToString("D6", CultureInfo.InvariantCulture);

    public string Id => "c-" + Number;

    public string Region { get; }

    public string CustomerType { get; }

    public bool IsExisting => CustomerType == "existing";

    /// <summary>How this customer tends to experience things, added to every reality; it makes touchpoints correlate.</summary>
    public double Mood { get; }

    /// <summary>Engaged customers answer most surveys, the rest few, so survey answers cluster on the same people.</summary>
    public bool Engaged { get; }

    /// <summary>Planned visits in journey order, then one support contact per case, parallel to <see cref="Cases"/>.</summary>
    public List<DemoVisit> Visits { get; } = [];

    public List<DemoCase> Cases { get; } = [];

    /// <summary>The relationship survey about the whole experience, if answered.</summary>
    public DemoAnswers? Relationship { get; set; }

    public List<DemoOutcome> Outcomes { get; } = [];

    public DemoVisit? Find(string touchpointId) => Visits.Find(v => v.TouchpointId == touchpointId);

    /// <summary>Whether the customer left with the product, bought on launch or back-ordered.</summary>
    public bool OwnsProduct =>
        Find(DemoTouchpoints.LaunchPurchase)?.Success == true || Find(DemoTouchpoints.OutOfStock)?.Success == true;

    /// <summary>The latest moment anything so far happened to the customer: visits, case resolutions, the relationship survey.</summary>
    public DateTime LastEvent
    {
        get
        {
            var last = DateTime.MinValue;
            foreach (var visit in Visits)
            {
                last = Max(last, visit.At);
            }

            foreach (var supportCase in Cases)
            {
                last = Max(last, supportCase.Resolved ?? supportCase.Opened);
            }

            return Relationship is null ? last : Max(last, Relationship.At);
        }
    }

    public static DemoCustomer Simulate(int seed, int index)
    {
        var rng = DemoRandom.ForCustomer(seed, index);
        var customer = new DemoCustomer(
            index,
            PickRegion(rng),
            rng.Chance(0.62) ? "existing" : "new",
            rng.Normal(0, 0.5),
            rng.Chance(0.45));
        DemoVisits.Plan(rng, customer);
        DemoSupport.Open(rng, customer);
        DemoAftermath.Conclude(rng, customer);
        return customer;
    }

    public static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static string PickRegion(Random rng)
    {
        var u = rng.NextDouble();
        for (var i = 0; i < Regions.Length - 1; i++)
        {
            u -= RegionShares[i];
            if (u < 0)
            {
                return Regions[i];
            }
        }

        return Regions[^1];
    }
}
