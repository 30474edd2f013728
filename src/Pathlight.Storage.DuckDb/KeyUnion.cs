namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Union-find over customer keys in which the surviving key of a merge is always the preferred one: a key that is a
/// customer_id before one that is not, then the ordinally smaller. So a component's key does not depend on the
/// order its parts were joined in.
/// </summary>
internal sealed class KeyUnion(Func<string, bool> isCustomerId)
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

    public string Find(string key)
    {
        var root = key;
        while (_parent.TryGetValue(root, out var parent) && parent != root)
        {
            root = parent;
        }

        while (_parent.TryGetValue(key, out var parent) && parent != root)
        {
            _parent[key] = root;
            key = parent;
        }

        return root;
    }

    /// <summary>Joins the components of two keys; returns (kept, absorbed) when they were apart, else null.</summary>
    public (string Kept, string Absorbed)? Union(string a, string b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return null;
        }

        var (kept, absorbed) = Prefer(ra, rb) ? (ra, rb) : (rb, ra);
        _parent[absorbed] = kept;
        _parent.TryAdd(kept, kept);
        return (kept, absorbed);
    }

    /// <summary>Every key that was absorbed, with the key of the component it ended in.</summary>
    public IEnumerable<(string Absorbed, string Kept)> Absorbed() =>
        _parent.Keys.ToList().Where(k => Find(k) != k).Select(k => (k, Find(k)));

    /// <summary>Whether key <paramref name="a"/> is preferred over <paramref name="b"/> as a component's key.</summary>
    public bool Prefer(string a, string b)
    {
        var (ca, cb) = (isCustomerId(a), isCustomerId(b));
        return ca != cb ? ca : string.CompareOrdinal(a, b) < 0;
    }
}
