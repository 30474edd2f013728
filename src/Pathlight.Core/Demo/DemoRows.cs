using System.Globalization;

namespace Pathlight.Demo;

/// <summary>
/// Writes a simulated customer as the rows a user's import files would hold: invariant-culture numbers,
/// ISO 8601 UTC timestamps, true/false, null for a question not answered, and the customer's segment
/// attributes on every row. Ids combine the customer number with a sequence, so they are stable for a seed;
/// a touchpoint response shares its sequence with the interaction it rates (r-000123-04 rates i-000123-04).
/// </summary>
internal static class DemoRows
{
    public static IEnumerable<string?[]> Interactions(DemoCustomer customer)
    {
        for (var i = 0; i < customer.Visits.Count; i++)
        {
            var visit = customer.Visits[i];
            yield return
            [
                Id("i", customer, i + 1), visit.TouchpointId, Time(visit.At), customer.Id, visit.Channel,
                Bool(visit.Success), Number(visit.DurationSeconds), Number(visit.Value), Email(customer, visit.Channel),
                Loyalty(customer, visit.Channel), customer.Region, customer.CustomerType,
            ];
        }
    }

    public static IEnumerable<string?[]> Responses(DemoCustomer customer)
    {
        for (var i = 0; i < customer.Visits.Count; i++)
        {
            var visit = customer.Visits[i];
            if (visit.Survey is not null)
            {
                yield return Response(customer, Id("r", customer, i + 1), visit.TouchpointId, visit.Survey, visit.Channel);
            }
        }

        if (customer.Relationship is not null)
        {
            yield return Response(customer, Id("r", customer, customer.Visits.Count + 1), "", customer.Relationship, "email");
        }
    }

    public static IEnumerable<string?[]> Cases(DemoCustomer customer)
    {
        for (var i = 0; i < customer.Cases.Count; i++)
        {
            var supportCase = customer.Cases[i];
            yield return
            [
                Id("s", customer, i + 1), supportCase.CauseTouchpointId, customer.Id, supportCase.Channel, supportCase.Category,
                Time(supportCase.Opened), Time(supportCase.Resolved), Number(supportCase.Contacts),
                Bool(supportCase.FirstContactResolution), Bool(supportCase.Reopened), Email(customer, supportCase.Channel),
                Loyalty(customer, supportCase.Channel), customer.Region, customer.CustomerType,
            ];
        }
    }

    public static IEnumerable<string?[]> Outcomes(DemoCustomer customer)
    {
        for (var i = 0; i < customer.Outcomes.Count; i++)
        {
            var outcome = customer.Outcomes[i];
            yield return
            [
                Id("o", customer, i + 1), customer.Id, outcome.Kind, Time(outcome.At), Number(outcome.Value),
                customer.Region, customer.CustomerType,
            ];
        }
    }

    private static string?[] Response(DemoCustomer customer, string id, string touchpointId, DemoAnswers answers, string channel) =>
    [
        id, touchpointId, Time(answers.At), customer.Id, Number(answers.Nps), Number(answers.Csat), Number(answers.Ces),
        Number(answers.Expectation), Number(answers.Reality), Bool(answers.ExpectationsMet), Bool(answers.WouldReturn),
        Bool(answers.WouldRecommend), answers.Comment, Email(customer, channel), Loyalty(customer, channel),
        customer.Region, customer.CustomerType,
    ];

    /// <summary>Digital channels know the customer's e-mail address (written as people type it: mixed case).</summary>
    private static string? Email(DemoCustomer customer, string channel) =>
        channel is "web" or "email" or "social" or "video" or "chat" ? $"Customer.{customer.Number}@Example.com" : null;

    /// <summary>The store knows the loyalty card the customer shows at the till.</summary>
    private static string? Loyalty(DemoCustomer customer, string channel) =>
        channel == "store" ? "LC" + customer.Number : null;

    private static string Id(string prefix, DemoCustomer customer, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{customer.Number}-{sequence:D2}");

    private static string? Time(DateTime? at) =>
        at?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Bool(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    private static string? Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
