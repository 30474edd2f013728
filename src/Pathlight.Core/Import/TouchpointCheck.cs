using Pathlight.Journeys;

namespace Pathlight.Import;

/// <summary>Checks that a touchpoint id belongs to the journey, and says which ones do when it does not.</summary>
internal sealed class TouchpointCheck
{
    private const int MaxListed = 12;

    private readonly HashSet<string> _ids;
    private readonly string _hint;

    public TouchpointCheck(Journey journey)
    {
        _ids = new HashSet<string>(journey.Touchpoints.Select(t => t.Id), StringComparer.Ordinal);
        _hint = journey.Touchpoints.Count == 0
            ? $"journey {journey.Id} has no touchpoints"
            : journey.Touchpoints.Count <= MaxListed
                ? $"journey {journey.Id} has {string.Join(", ", journey.Touchpoints.Select(t => t.Id))}"
                : $"see `pathlight journeys` for the touchpoints of journey {journey.Id}";
    }

    /// <summary>The touchpoint id when it exists (or is null); otherwise records the problem and returns null.</summary>
    public string? Check(FieldReader fields, int column, string columnName)
    {
        var id = fields.Text(column);
        if (id is not null && !_ids.Contains(id))
        {
            fields.Fail($"{columnName}: '{id}' is not a touchpoint of the journey; {_hint}");
            return null;
        }

        return id;
    }
}
