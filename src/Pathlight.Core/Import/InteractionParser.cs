using Pathlight.Facts;

namespace Pathlight.Import;

/// <summary>The columns of an interaction and how they become an <see cref="InteractionFact"/>.</summary>
internal static class InteractionParser
{
    public static readonly string[] Columns =
        ["id", "touchpoint", "timestamp", "customer_id", "channel", "success", "duration_seconds", "value"];

    public static readonly string[] Required = ["id", "touchpoint", "timestamp"];

    private const int Id = 0;
    private const int Touchpoint = 1;
    private const int Timestamp = 2;
    private const int CustomerId = 3;
    private const int Channel = 4;
    private const int Success = 5;
    private const int DurationSeconds = 6;
    private const int Value = 7;

    public static InteractionFact? Parse(FieldReader fields, TouchpointCheck touchpoints)
    {
        var id = fields.Id(Id);
        var touchpoint = fields.Required(Touchpoint, "every interaction happens at a touchpoint") is null
            ? null
            : touchpoints.Check(fields, Touchpoint, Columns[Touchpoint]);
        var at = fields.Timestamp(Timestamp, "every interaction needs the time it happened");
        var success = fields.YesNo(Success);
        var duration = fields.Number(DurationSeconds, min: 0);
        var value = fields.Number(Value);
        if (fields.Failed)
        {
            return null;
        }

        return new InteractionFact(id!, touchpoint!, fields.Text(Channel), at!.Value, fields.Text(CustomerId),
            success, duration, value, fields.Attributes());
    }
}
