namespace Pathlight.Access;

/// <summary>What an API key may do.</summary>
public enum Role
{
    /// <summary>Everything: read, ingest, replace journeys.</summary>
    Admin,

    /// <summary>Reads journeys, scorecards and reports.</summary>
    Analyst,

    /// <summary>May only post facts.</summary>
    Ingest,
}
