namespace Pathlight.Demo;

/// <summary>
/// Where the planned journey failed, some customers contact support: mostly after the stock-out, also after
/// an enquiry that could not take a pre-order and after setup or payment trouble at the launch purchase.
/// Each case becomes a support-contact visit, answered first time in about two cases out of three.
/// </summary>
internal static class DemoSupport
{
    private static readonly string[] Channels = ["phone", "phone", "phone", "chat", "chat", "email"];

    public static void Open(Random rng, DemoCustomer customer)
    {
        var planned = customer.Visits.Count;
        for (var i = 0; i < planned; i++)
        {
            var cause = customer.Visits[i];
            var (probability, category, fcrRate) = Trouble(cause);
            if (probability > 0 && rng.Chance(probability))
            {
                var supportCase = Case(rng, cause, category, fcrRate);
                customer.Cases.Add(supportCase);
                customer.Visits.Add(Contact(rng, customer, supportCase));
            }
        }
    }

    private static (double Probability, string Category, double FcrRate) Trouble(DemoVisit visit) => visit.TouchpointId switch
    {
        DemoTouchpoints.StoreEnquiry when visit.Success == false => (0.16, "pre-order", 0.64),
        DemoTouchpoints.CallCentreEnquiry when visit.Success == false => (0.08, "pre-order", 0.64),
        DemoTouchpoints.LaunchPurchase when visit.Success == true => (0.06, "setup", 0.76),
        DemoTouchpoints.LaunchPurchase => (0.10, "payment", 0.69),
        DemoTouchpoints.OutOfStock when visit.Success == true => (0.15, "back-order", 0.66),
        DemoTouchpoints.OutOfStock => (0.40, "availability", 0.62),
        _ => (0, "", 0),
    };

    private static DemoCase Case(Random rng, DemoVisit cause, string category, double fcrRate)
    {
        var delayHours = Math.Clamp(rng.LogNormal(20, 0.9), 1, 240);
        var opened = DemoVisits.ToSecond(cause.At.AddHours(delayHours));
        var channel = rng.Pick(Channels);
        var fcr = rng.Chance(fcrRate);
        var unresolved = !fcr && rng.Chance(0.12);
        DateTime? resolved = unresolved
            ? null
            : DemoVisits.ToSecond(fcr
                ? opened.AddHours(rng.Uniform(0.1, 6))
                : opened.AddDays(Math.Clamp(rng.LogNormal(3, 0.6), 0.5, 20)));
        var reopened = !fcr && !unresolved && rng.Chance(0.15);
        var contacts = fcr ? 1 : Math.Min(4, 2 + rng.Next(3) + (reopened ? 1 : 0));
        return new DemoCase(cause.TouchpointId, channel, category, opened, resolved, contacts, fcr, reopened);
    }

    private static DemoVisit Contact(Random rng, DemoCustomer customer, DemoCase supportCase)
    {
        double? duration = supportCase.Channel == "email" ? null : Math.Round(rng.LogNormal(480, 0.5));
        var expectation = rng.Scale(7.0, 1.0, 0, 10);
        var mean = supportCase.FirstContactResolution ? 7.15 : supportCase.Resolved is null ? 3.8 : 5.6;
        var reality = rng.Scale(mean - (supportCase.Reopened ? 0.8 : 0) + customer.Mood, 1.0, 0, 10);
        var surveyAt = DemoVisits.ToSecond((supportCase.Resolved ?? supportCase.Opened.AddDays(3)).AddHours(rng.Uniform(1, 48)));
        var survey = DemoSurvey.AboutVisit(rng, customer, DemoTouchpoints.SupportContact, surveyAt, expectation, reality);
        return new DemoVisit(
            DemoTouchpoints.SupportContact,
            supportCase.Opened,
            supportCase.Channel,
            supportCase.FirstContactResolution,
            duration,
            null,
            expectation,
            reality,
            survey);
    }
}
