using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Identity;

/// <summary>Searches every text column of every table of a store for values, independently of the store's code.</summary>
internal static class StoreSearch
{
    /// <summary>The tables of the store (views excluded: they only show what the tables hold).</summary>
    public static List<string> Tables(string path) =>
        DuckDbFile.Query(path, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1")
            .Select(r => (string)r["table_name"]!).ToList();

    /// <summary>"table.column: value" for each text or JSON column holding one of the values anywhere in it.</summary>
    public static List<string> Mentions(string path, IEnumerable<string> values)
    {
        var needles = values.ToList();
        var columns = DuckDbFile.Query(path, """
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
            WHERE c.table_schema = 'main' AND t.table_type = 'BASE TABLE'
              AND (c.data_type IN ('VARCHAR', 'JSON') OR c.data_type LIKE '%[]' OR c.data_type LIKE 'STRUCT%' OR c.data_type LIKE 'MAP%')
            ORDER BY 1, 2
            """);
        var list = string.Join(", ", needles.Select(n => $"('{n.Replace("'", "''", StringComparison.Ordinal)}')"));
        var hits = new List<string>();
        foreach (var table in columns.GroupBy(c => (string)c["table_name"]!))
        {
            var searches = table.Select(c => (string)c["column_name"]!).Select(column =>
                $"SELECT DISTINCT '{column}' AS col, n.needle FROM \"{table.Key}\" t, needles n WHERE contains(CAST(t.\"{column}\" AS VARCHAR), n.needle)");
            hits.AddRange(DuckDbFile.Query(path, $"WITH needles(needle) AS (VALUES {list}) {string.Join(" UNION ALL ", searches)} ORDER BY 1, 2")
                .Select(r => $"{table.Key}.{r["col"]}: {r["needle"]}"));
        }

        return hits;
    }
}
