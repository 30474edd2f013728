using Pathlight.Identity;
using Pathlight.Journeys;

namespace Pathlight.Import;

/// <summary>
/// Reads a record's identifier columns (customer_id and the extra kinds after a kind's own columns), normalizing each
/// value and recording a reason for every one that is not valid.
/// </summary>
internal sealed class IdentifierColumns
{
    private readonly IdentifierNormalizer _normalizer;
    private readonly int _customerIdColumn;
    private readonly int _firstExtraColumn;
    private readonly IReadOnlyList<string> _extraKinds;

    public IdentifierColumns(IdentityOptions options, IReadOnlyList<string> kindColumns)
    {
        _normalizer = new IdentifierNormalizer(options);
        _customerIdColumn = IndexOf(kindColumns, IdentifierKinds.CustomerId);
        _firstExtraColumn = kindColumns.Count;
        _extraKinds = IdentifierKinds.ExtraColumns(options.Kinds);
    }

    /// <summary>The columns the identifiers add to a kind's own, in rank order.</summary>
    public IReadOnlyList<string> ExtraKinds => _extraKinds;

    /// <summary>The record's identifiers in rank order (customer_id first), or an empty list with problems recorded.</summary>
    public IReadOnlyList<Identifier> Read(FieldReader fields, string[] names)
    {
        var identifiers = new List<Identifier>(2);
        Add(fields, identifiers, _customerIdColumn, IdentifierKinds.CustomerId, names);
        for (var i = 0; i < _extraKinds.Count; i++)
        {
            Add(fields, identifiers, _firstExtraColumn + i, _extraKinds[i], names);
        }

        return identifiers;
    }

    private void Add(FieldReader fields, List<Identifier> identifiers, int column, string kind, string[] names)
    {
        if (fields.Text(column) is not { } text)
        {
            return;
        }

        var (identifier, reason) = _normalizer.Normalize(kind, text);
        if (identifier is { } valid)
        {
            identifiers.Add(valid);
        }
        else
        {
            fields.Fail($"{names[column]}: {reason}");
        }
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"the columns have no {name}", nameof(columns));
    }
}
