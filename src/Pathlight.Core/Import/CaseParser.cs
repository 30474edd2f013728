using Pathlight.Facts;

namespace Pathlight.Import;

/// <summary>The columns of a support case and how they become a <see cref="CaseFact"/>.</summary>
internal static class CaseParser
{
    public static readonly string[] Columns =
    [
        "id", "touchpoint", "customer_id", "channel", "category", "opened", "resolved", "contacts",
        "first_contact_resolution", "reopened",
    ];

    public static readonly string[] Required = ["id", "opened"];

    private const int Id = 0;
    private const int Touchpoint = 1;
    private const int CustomerId = 2;
    private const int Channel = 3;
    private const int Category = 4;
    private const int Opened = 5;
    private const int Resolved = 6;
    private const int Contacts = 7;
    private const int FirstContactResolution = 8;
    private const int Reopened = 9;

    public static CaseFact? Parse(FieldReader fields, TouchpointCheck touchpoints)
    {
        var id = fields.Id(Id);
        var touchpoint = touchpoints.Check(fields, Touchpoint, Columns[Touchpoint]);
        var opened = fields.Timestamp(Opened, "every case needs the time it was opened");
        var resolved = fields.Timestamp(Resolved, requiredWhy: null);
        var contacts = Contact(fields);
        var firstContactResolution = fields.YesNo(FirstContactResolution);
        var reopened = fields.YesNo(Reopened);
        if (opened is { } from && resolved is { } to && to < from)
        {
            fields.Fail($"resolved: {FieldValues.Format(to)} is before opened ({FieldValues.Format(from)})");
        }

        if (fields.Failed)
        {
            return null;
        }

        return new CaseFact(id!, touchpoint, fields.Text(CustomerId), fields.Text(Channel), fields.Text(Category),
            opened!.Value, resolved, contacts ?? 1, firstContactResolution, reopened, fields.Attributes());
    }

    private static int? Contact(FieldReader fields)
    {
        if (fields.Text(Contacts) is not { } text)
        {
            return null;
        }

        if (!FieldValues.TryWholeNumber(text, out var contacts) || contacts < 1 || contacts > int.MaxValue)
        {
            fields.Fail($"contacts: '{text}' is not a whole number of at least 1");
            return null;
        }

        return (int)contacts;
    }
}
