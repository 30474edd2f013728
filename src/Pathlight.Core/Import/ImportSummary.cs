namespace Pathlight.Import;

/// <summary>What an import did: rows stored, rows already stored (duplicates), rows rejected.</summary>
/// <param name="Imported">New facts written.</param>
/// <param name="Duplicates">Rows whose id was already stored or repeated in the input; nothing changed.</param>
/// <param name="Rejected">Rows that could not be read or failed validation.</param>
public sealed record ImportSummary(long Imported, long Duplicates, long Rejected)
{
    /// <summary>Rows accepted (imported or duplicates).</summary>
    public long Accepted => Imported + Duplicates;

    /// <summary>Rows read.</summary>
    public long Rows => Accepted + Rejected;
}
