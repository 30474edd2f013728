namespace Pathlight.Tests.Cli;

/// <summary>
/// For each kind of fact, a small file's rows and what the store must hold afterwards, column by column
/// (timestamps in UTC, integers as long, attributes as name to value).
/// </summary>
internal static class RoundTripData
{
    public static readonly string[] Kinds = ["interactions", "responses", "cases", "outcomes"];

    public static readonly string[] Formats = ["csv", "ndjson", "json"];

    public static FactFile File(string kind) => kind switch
    {
        "interactions" => new(
            ["id", "touchpoint", "timestamp", "customer_id", "channel", "success", "duration_seconds", "value", "region", "customer_type"],
            [
                ["int-1", "store-enquiry", "2025-03-04T10:15:00+01:00", "c-1001", "store", false, 240, null, "north", null],
                ["int-2", "launch-purchase", "2025-03-12T09:02:31.25Z", "c-1002", "web", true, 95.5, 899.0, null, "new"],
                ["int-3", "call-centre-enquiry", "2025-03-13 08:00", null, null, null, null, -12.75, null, null],
            ]),
        "responses" => new(
            ["id", "touchpoint", "timestamp", "customer_id", "nps", "csat", "ces", "expectation", "reality",
                "expectations_met", "would_return", "would_recommend", "comment", "region"],
            [
                ["resp-1", "launch-purchase", "2025-03-12T09:10:00Z", "c-1001", 9, 5, 2, 7, 10, true, true, true,
                    "Quick, and the box said \"wow\".\nNext day.", "north"],
                ["resp-2", null, "2025-04-01", "c-1001", 0, null, null, null, null, false, true, false, null, null],
                ["resp-3", "out-of-stock", "2025-03-20T23:30:00-05:00", null, null, 1, 7, 0, 0, null, null, null, "Empty shelves", "south"],
            ]),
        "cases" => new(
            ["id", "touchpoint", "customer_id", "channel", "category", "opened", "resolved", "contacts",
                "first_contact_resolution", "reopened", "region"],
            [
                ["case-77", "out-of-stock", "c-1002", "phone", "availability", "2025-03-14T08:00:00Z", "2025-03-16T19:30:00+02:00", 2, false, true, "south"],
                ["case-78", null, "c-1003", "chat", "billing", "2025-03-15", null, null, null, null, null],
            ]),
        "outcomes" => new(
            ["id", "customer_id", "kind", "timestamp", "value", "region"],
            [
                ["out-1", "c-1002", "churned", "2025-05-01", null, null],
                ["out-2", "c-1001", "Repeat_Purchase", "2025-06-10T12:00:00.5Z", 149.0, "north"],
            ]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static IReadOnlyList<Dictionary<string, object?>> Expected(string kind) => kind switch
    {
        "interactions" =>
        [
            Row(("id", "int-1"), ("touchpoint_id", "store-enquiry"), ("channel", "store"), ("ts", Utc(2025, 3, 4, 9, 15)),
                ("customer_id", "c-1001"), ("success", false), ("duration_seconds", 240.0), ("value", null),
                ("attributes", Attributes(("region", "north")))),
            Row(("id", "int-2"), ("touchpoint_id", "launch-purchase"), ("channel", "web"), ("ts", Utc(2025, 3, 12, 9, 2, 31.25)),
                ("customer_id", "c-1002"), ("success", true), ("duration_seconds", 95.5), ("value", 899.0),
                ("attributes", Attributes(("customer_type", "new")))),
            Row(("id", "int-3"), ("touchpoint_id", "call-centre-enquiry"), ("channel", null), ("ts", Utc(2025, 3, 13, 8, 0)),
                ("customer_id", null), ("success", null), ("duration_seconds", null), ("value", -12.75), ("attributes", null)),
        ],
        "responses" =>
        [
            Row(("id", "resp-1"), ("touchpoint_id", "launch-purchase"), ("ts", Utc(2025, 3, 12, 9, 10)), ("customer_id", "c-1001"),
                ("nps", 9L), ("csat", 5L), ("ces", 2L), ("expectation", 7L), ("reality", 10L), ("expectations_met", true),
                ("would_return", true), ("would_recommend", true), ("comment", "Quick, and the box said \"wow\".\nNext day."),
                ("attributes", Attributes(("region", "north")))),
            Row(("id", "resp-2"), ("touchpoint_id", null), ("ts", Utc(2025, 4, 1, 0, 0)), ("customer_id", "c-1001"),
                ("nps", 0L), ("csat", null), ("ces", null), ("expectation", null), ("reality", null), ("expectations_met", false),
                ("would_return", true), ("would_recommend", false), ("comment", null), ("attributes", null)),
            Row(("id", "resp-3"), ("touchpoint_id", "out-of-stock"), ("ts", Utc(2025, 3, 21, 4, 30)), ("customer_id", null),
                ("nps", null), ("csat", 1L), ("ces", 7L), ("expectation", 0L), ("reality", 0L), ("expectations_met", null),
                ("would_return", null), ("would_recommend", null), ("comment", "Empty shelves"),
                ("attributes", Attributes(("region", "south")))),
        ],
        "cases" =>
        [
            Row(("id", "case-77"), ("touchpoint_id", "out-of-stock"), ("customer_id", "c-1002"), ("channel", "phone"),
                ("category", "availability"), ("opened_at", Utc(2025, 3, 14, 8, 0)), ("resolved_at", Utc(2025, 3, 16, 17, 30)),
                ("contacts", 2L), ("first_contact_resolution", false), ("reopened", true), ("attributes", Attributes(("region", "south")))),
            Row(("id", "case-78"), ("touchpoint_id", null), ("customer_id", "c-1003"), ("channel", "chat"), ("category", "billing"),
                ("opened_at", Utc(2025, 3, 15, 0, 0)), ("resolved_at", null), ("contacts", 1L), ("first_contact_resolution", null),
                ("reopened", null), ("attributes", null)),
        ],
        "outcomes" =>
        [
            Row(("id", "out-1"), ("customer_id", "c-1002"), ("kind", "churned"), ("ts", Utc(2025, 5, 1, 0, 0)), ("value", null),
                ("attributes", null)),
            Row(("id", "out-2"), ("customer_id", "c-1001"), ("kind", "repeat_purchase"), ("ts", Utc(2025, 6, 10, 12, 0, 0.5)),
                ("value", 149.0), ("attributes", Attributes(("region", "north")))),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells) =>
        cells.ToDictionary(c => c.Column, c => c.Value, StringComparer.Ordinal);

    private static Dictionary<string, string> Attributes(params (string Name, string Value)[] attributes) =>
        attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);

    private static DateTime Utc(int year, int month, int day, int hour, int minute, double seconds = 0) =>
        new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc).AddSeconds(seconds);
}
