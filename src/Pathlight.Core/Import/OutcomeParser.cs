using Pathlight.Facts;

namespace Pathlight.Import;

/// <summary>The columns of an outcome and how they become an <see cref="OutcomeFact"/>.</summary>
internal static class OutcomeParser
{
    public static readonly string[] Columns = ["id", "customer_id", "kind", "timestamp", "value"];

    public static readonly string[] Required = ["id", "kind", "timestamp"];

    private const int Id = 0;
    private const int CustomerId = 1;
    private const int Kind = 2;
    private const int Timestamp = 3;
    private const int Value = 4;

    public static OutcomeFact? Parse(FieldReader fields)
    {
        var id = fields.Id(Id);
        var customer = fields.Text(CustomerId);
        var kind = fields.Name(Kind, "every outcome has a kind", "churned, repeat_purchase or renewed");
        var at = fields.Timestamp(Timestamp, "every outcome needs the time it happened");
        var value = fields.Number(Value);
        if (fields.Failed)
        {
            return null;
        }

        return new OutcomeFact(id!, customer, kind!, at!.Value, value, fields.Attributes());
    }
}
