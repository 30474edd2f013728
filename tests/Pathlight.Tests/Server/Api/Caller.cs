namespace Pathlight.Tests.Server.Api;

/// <summary>Who calls the API in the auth matrix: four callers without a valid key and one key per role.</summary>
public enum Caller
{
    NoHeader,
    MalformedHeader,
    UnknownKey,
    RevokedKey,
    Admin,
    Analyst,
    Ingest,
}
