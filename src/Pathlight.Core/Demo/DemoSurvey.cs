namespace Pathlight.Demo;

/// <summary>
/// Survey answers that agree with what the customer experienced: reality drives likelihood to recommend,
/// satisfaction, effort and the three yes/no questions, and a few questions are left blank.
/// </summary>
internal static class DemoSurvey
{
    public static DemoAnswers? AboutVisit(
        Random rng, DemoCustomer customer, string touchpointId, DateTime at, int expectation, int reality)
    {
        var rate = customer.Engaged ? 0.55 : 0.12;
        // Support and checkout send their survey straight after the contact, so more customers answer.
        if (touchpointId is DemoTouchpoints.SupportContact or DemoTouchpoints.LaunchPurchase)
        {
            rate *= 1.25;
        }

        if (!rng.Chance(rate))
        {
            return null;
        }

        var nps = rng.Scale(reality, 1.0, 0, 10);
        var csat = rng.Scale(1 + (0.4 * reality), 0.5, 1, 5);

        // CES is asked as agreement with "it was easy", so 7 is the least effort.
        var ces = rng.Scale(1 + (0.6 * reality), 0.7, 1, 7);
        var met = rng.Logistic(2.0 * (reality - expectation + 0.5));
        var wouldReturn = rng.Logistic(0.9 * (reality - 5.5));
        var wouldRecommend = rng.Logistic(1.1 * (nps - 6.5));
        var comment = rng.Chance(0.18) ? DemoComments.About(rng, touchpointId, reality >= expectation) : null;
        return new DemoAnswers(
            at,
            Blank(rng, nps, 0.08),
            Blank(rng, csat, 0.10),
            Blank(rng, ces, 0.20),
            Blank(rng, expectation, 0.03),
            Blank(rng, reality, 0.03),
            Blank(rng, met, 0.07),
            Blank(rng, wouldReturn, 0.07),
            Blank(rng, wouldRecommend, 0.07),
            comment);
    }

    /// <summary>
    /// The relationship survey about the whole experience. <paramref name="overall"/> is the customer's
    /// overall feeling on 0–10, built from their experiences; it has no expectation, reality or effort question.
    /// </summary>
    public static DemoAnswers? AboutRelationship(Random rng, DemoCustomer customer, DateTime at, double overall)
    {
        if (!rng.Chance(customer.Engaged ? 0.70 : 0.15))
        {
            return null;
        }

        var nps = rng.Scale(overall, 1.0, 0, 10);
        var csat = rng.Scale(1 + (0.4 * overall), 0.5, 1, 5);
        var met = rng.Logistic(1.2 * (overall - 6.5));
        var wouldReturn = rng.Logistic(1.0 * (overall - 5.5));
        var wouldRecommend = rng.Logistic(1.2 * (nps - 6.5));
        var comment = rng.Chance(0.15) ? DemoComments.AboutRelationship(rng, overall >= 7) : null;
        return new DemoAnswers(
            at,
            Blank(rng, nps, 0.04),
            Blank(rng, csat, 0.08),
            null,
            null,
            null,
            Blank(rng, met, 0.05),
            Blank(rng, wouldReturn, 0.05),
            Blank(rng, wouldRecommend, 0.05),
            comment);
    }

    private static int? Blank(Random rng, int answer, double blankRate) => rng.Chance(blankRate) ? null : answer;

    private static bool? Blank(Random rng, bool answer, double blankRate) => rng.Chance(blankRate) ? null : answer;
}
