namespace Pathlight.Import;

/// <summary>
/// Where a kind's known columns sit in one list of record columns, and which columns are attributes. Built
/// once per distinct column list so rows are read by index, without a dictionary per row.
/// </summary>
internal sealed class ColumnLayout
{
    public ColumnLayout(IReadOnlyList<string> known, IReadOnlyList<string> columns)
    {
        Known = new int[known.Count];
        Array.Fill(Known, -1);
        var attributeIndices = new List<int>();
        var attributeNames = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            var name = columns[i].Trim().ToLowerInvariant();
            var position = IndexOf(known, name);
            if (position >= 0)
            {
                if (Known[position] < 0)
                {
                    Known[position] = i;
                }
            }
            else if (name.Length > 0 && !attributeNames.Contains(name))
            {
                attributeIndices.Add(i);
                attributeNames.Add(name);
            }
        }

        AttributeIndices = [.. attributeIndices];
        AttributeNames = [.. attributeNames];
    }

    /// <summary>For each known column, its index in the record, or -1 when the record lacks it.</summary>
    public int[] Known { get; }

    /// <summary>Indices of the columns that are segment attributes.</summary>
    public int[] AttributeIndices { get; }

    /// <summary>Attribute names (lower-case), parallel to <see cref="AttributeIndices"/>.</summary>
    public string[] AttributeNames { get; }

    /// <summary>The known columns (of <paramref name="required"/>) that the columns lack.</summary>
    public static List<string> Missing(IReadOnlyList<string> required, IReadOnlyList<string> columns)
    {
        var present = new HashSet<string>(columns.Select(c => c.Trim().ToLowerInvariant()), StringComparer.Ordinal);
        return required.Where(r => !present.Contains(r)).ToList();
    }

    private static int IndexOf(IReadOnlyList<string> known, string name)
    {
        for (var i = 0; i < known.Count; i++)
        {
            if (string.Equals(known[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
