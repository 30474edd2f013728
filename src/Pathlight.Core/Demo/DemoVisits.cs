namespace Pathlight.Demo;

/// <summary>
/// The planned part of the journey: which touchpoints a customer meets, when, and how each one went. Every
/// reality is drawn around a mean chosen so the sample journey tells its story: news a little below
/// expectations, enquiries that cannot answer or take pre-orders, marketing that delights, a launch that
/// works for those who come early, and a stock-out for those who come later.
/// </summary>
internal static class DemoVisits
{
    private static readonly TimeSpan MinGap = TimeSpan.FromHours(2);
    private static readonly string[] MarketingChannels = ["email", "social", "video"];
    private static readonly double[] Prices = [799, 799, 949, 1099];

    public static void Plan(Random rng, DemoCustomer customer)
    {
        var previous = DemoScenario.LaunchDate.AddDays(-60);
        var heardNews = rng.Chance(0.60);
        if (heardNews)
        {
            previous = Add(customer, News(rng, customer, Next(rng, previous, -42, -28)));
        }

        if (rng.Chance(heardNews ? 0.42 : 0.25))
        {
            previous = Add(customer, StoreEnquiry(rng, customer, Next(rng, previous, -28, -5)));
        }

        if (rng.Chance(heardNews ? 0.30 : 0.175))
        {
            previous = Add(customer, CallCentreEnquiry(rng, customer, Next(rng, previous, -28, -3)));
        }

        if (rng.Chance(0.70))
        {
            previous = Add(customer, Marketing(rng, customer, Next(rng, previous, -21, -0.5)));
        }

        var eager = rng.Chance(customer.IsExisting ? 0.62 : 0.45);
        DemoVisit? purchase = null;
        if (rng.Chance(eager ? 0.80 : 0.30))
        {
            var onLaunchDay = eager && rng.Chance(0.7);
            purchase = Purchase(rng, customer, Next(rng, previous, onLaunchDay ? 0.33 : 1, onLaunchDay ? 0.83 : 3));
            previous = Add(customer, purchase);
        }

        var stockOut = purchase is null ? 0.55 : purchase.Success == true ? 0 : 0.45;
        if (rng.Chance(stockOut) || customer.Visits.Count == 0)
        {
            Add(customer, OutOfStock(rng, customer, Next(rng, previous, 3, 14)));
        }
    }

    /// <summary>
    /// A time in the window [fromDay, toDay] around launch, but at least <see cref="MinGap"/> after the
    /// previous visit so each customer's visits follow the journey's order; a late customer spills past the window.
    /// </summary>
    public static DateTime Next(Random rng, DateTime previous, double fromDay, double toDay)
    {
        var launch = DemoScenario.LaunchDate;
        var earliest = DemoCustomer.Max(launch.AddDays(fromDay), previous + MinGap);
        var latest = DemoCustomer.Max(launch.AddDays(toDay), earliest.AddDays(1));
        return ToSecond(earliest + ((latest - earliest) * rng.NextDouble()));
    }

    public static DateTime ToSecond(DateTime at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    private static DateTime Add(DemoCustomer customer, DemoVisit visit)
    {
        customer.Visits.Add(visit);
        return visit.At;
    }

    private static DemoVisit News(Random rng, DemoCustomer customer, DateTime at)
    {
        var expectation = rng.Scale(6.0, 1.0, 0, 10);
        var reality = rng.Scale(5.5 + customer.Mood, 1.0, 0, 10);
        return Visit(rng, customer, DemoTouchpoints.ProductNews, at, "media", null, null, null, expectation, reality);
    }

    private static DemoVisit StoreEnquiry(Random rng, DemoCustomer customer, DateTime at)
    {
        var answered = rng.Chance(0.40);
        var duration = Math.Round(rng.LogNormal(540, 0.4));
        var expectation = rng.Scale(7.3, 1.0, 0, 10);
        var reality = rng.Scale((answered ? 6.3 : 3.8) + customer.Mood, 1.1, 0, 10);
        return Visit(rng, customer, DemoTouchpoints.StoreEnquiry, at, "store", answered, duration, null, expectation, reality);
    }

    private static DemoVisit CallCentreEnquiry(Random rng, DemoCustomer customer, DateTime at)
    {
        var answered = rng.Chance(0.45);
        var duration = Math.Round(rng.LogNormal(420, 0.45));
        var expectation = rng.Scale(7.0, 1.0, 0, 10);
        var wait = duration > 600 ? 0.6 : 0;
        var reality = rng.Scale((answered ? 6.4 : 4.6) - wait + customer.Mood, 1.1, 0, 10);
        return Visit(rng, customer, DemoTouchpoints.CallCentreEnquiry, at, "phone", answered, duration, null, expectation, reality);
    }

    private static DemoVisit Marketing(Random rng, DemoCustomer customer, DateTime at)
    {
        var channel = rng.Pick(MarketingChannels);
        var clicked = rng.Chance(0.048);
        var expectation = rng.Scale(6.0, 1.0, 0, 10);
        var reality = rng.Scale(7.8 + (clicked ? 0.3 : 0) + customer.Mood, 1.0, 0, 10);
        return Visit(rng, customer, DemoTouchpoints.LaunchMarketing, at, channel, clicked, null, null, expectation, reality);
    }

    private static DemoVisit Purchase(Random rng, DemoCustomer customer, DateTime at)
    {
        var channel = rng.Chance(0.6) ? "store" : "web";
        var bought = rng.Chance(0.78);
        double? value = bought ? rng.Pick(Prices) : null;
        var expectation = rng.Scale(8.0, 0.9, 0, 10);
        var reality = rng.Scale((bought ? 9.05 : 7.0) + customer.Mood, 1.0, 0, 10);
        return Visit(rng, customer, DemoTouchpoints.LaunchPurchase, at, channel, bought, null, value, expectation, reality);
    }

    private static DemoVisit OutOfStock(Random rng, DemoCustomer customer, DateTime at)
    {
        var channel = rng.Chance(0.6) ? "store" : "web";
        var backOrdered = rng.Chance(0.20);
        double? value = backOrdered ? 799 : null;
        var expectation = rng.Scale(6.5, 1.0, 0, 10);
        var reality = rng.Scale((backOrdered ? 5.0 : 3.1) + customer.Mood, 1.1, 0, 10);
        return Visit(rng, customer, DemoTouchpoints.OutOfStock, at, channel, backOrdered, null, value, expectation, reality);
    }

    private static DemoVisit Visit(
        Random rng,
        DemoCustomer customer,
        string touchpointId,
        DateTime at,
        string channel,
        bool? success,
        double? duration,
        double? value,
        int expectation,
        int reality)
    {
        var surveyAt = ToSecond(at.AddHours(rng.Uniform(0.25, 30)));
        var survey = DemoSurvey.AboutVisit(rng, customer, touchpointId, surveyAt, expectation, reality);
        return new DemoVisit(touchpointId, at, channel, success, duration, value, expectation, reality, survey);
    }
}
