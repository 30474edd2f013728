using Pathlight.Facts;
using Pathlight.Import;

namespace Pathlight.Demo;

/// <summary>
/// Generates the synthetic customers of the "new product launch" demo as source records, so they go through
/// the same import code as a user's files. Each customer is simulated from its own generator derived from
/// the seed and its index, which keeps every stream deterministic for a seed, independent of the others,
/// and flat in memory however many customers are asked for.
/// </summary>
public sealed class DemoGenerator
{
    private static readonly string[] Attributes = ["region", "customer_type"];

    private static readonly string[] Identifiers = ["email", "loyalty"];

    private static readonly string[] InteractionColumns =
        ["id", "touchpoint", "timestamp", "customer_id", "channel", "success", "duration_seconds", "value", .. Identifiers, .. Attributes];

    private static readonly string[] ResponseColumns =
    [
        "id", "touchpoint", "timestamp", "customer_id", "nps", "csat", "ces", "expectation", "reality",
        "expectations_met", "would_return", "would_recommend", "comment", .. Identifiers, .. Attributes,
    ];

    private static readonly string[] CaseColumns =
    [
        "id", "touchpoint", "customer_id", "channel", "category", "opened", "resolved", "contacts",
        "first_contact_resolution", "reopened", .. Identifiers, .. Attributes,
    ];

    private static readonly string[] OutcomeColumns = ["id", "customer_id", "kind", "timestamp", "value", .. Attributes];

    /// <summary>Creates a generator of <paramref name="customers"/> customers for <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="customers"/> is below 1.</exception>
    public DemoGenerator(int customers, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(customers, 1);
        Customers = customers;
        Seed = seed;
    }

    /// <summary>How many customers are simulated.</summary>
    public int Customers { get; }

    /// <summary>The seed every customer's generator is derived from.</summary>
    public int Seed { get; }

    /// <summary>
    /// The column names of a kind's records, lower case: interactions <c>id, touchpoint, timestamp,
    /// customer_id, channel, success, duration_seconds, value</c>; responses <c>id, touchpoint, timestamp,
    /// customer_id, nps, csat, ces, expectation, reality, expectations_met, would_return, would_recommend,
    /// comment</c> (an empty touchpoint is a relationship survey; CES is agreement that it was easy, 7 best);
    /// cases <c>id, touchpoint, customer_id, channel, category, opened, resolved, contacts,
    /// first_contact_resolution, reopened</c>; outcomes <c>id, customer_id, kind, timestamp, value</c>;
    /// interactions, responses and cases then carry the identifiers <c>email</c> (on digital channels and the
    /// e-mailed relationship survey) and <c>loyalty</c> (the loyalty card shown in store) beside customer_id, as
    /// each channel's system would record them; every row ends with the attributes <c>region</c> and
    /// <c>customer_type</c>.
    /// </summary>
    public static IReadOnlyList<string> Columns(FactKind kind) => kind switch
    {
        FactKind.Interaction => InteractionColumns,
        FactKind.Response => ResponseColumns,
        FactKind.Case => CaseColumns,
        FactKind.Outcome => OutcomeColumns,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown fact kind."),
    };

    /// <summary>
    /// Streams one kind's records for all customers in customer order, lines numbered from 1 and
    /// <see cref="SourceRecord.Raw"/> the values joined by commas. Each enumeration simulates afresh.
    /// </summary>
    public IEnumerable<SourceRecord> Records(FactKind kind)
    {
        var columns = Columns(kind);
        Func<DemoCustomer, IEnumerable<string?[]>> rows = kind switch
        {
            FactKind.Interaction => DemoRows.Interactions,
            FactKind.Response => DemoRows.Responses,
            FactKind.Case => DemoRows.Cases,
            _ => DemoRows.Outcomes,
        };
        return Stream(columns, rows);
    }

    private IEnumerable<SourceRecord> Stream(IReadOnlyList<string> columns, Func<DemoCustomer, IEnumerable<string?[]>> rows)
    {
        var line = 0L;
        for (var i = 0; i < Customers; i++)
        {
            foreach (var values in rows(DemoCustomer.Simulate(Seed, i)))
            {
                yield return new SourceRecord(++line, columns, values, Raw(values));
            }
        }
    }

    /// <summary>The values as a CSV line, quoting the few that need it (comments with commas).</summary>
    private static string Raw(string?[] values) =>
        string.Join(',', values.Select(v => v is not null && (v.Contains(',', StringComparison.Ordinal) || v.Contains('"', StringComparison.Ordinal))
            ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : v));
}
