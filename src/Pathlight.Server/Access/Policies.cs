namespace Pathlight.Server.Access;

/// <summary>Authorization policy and scheme names, and the roles each policy admits.</summary>
public static class Policies
{
    /// <summary>Bearer API keys on <c>/api</c>.</summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>The dashboard's sign-in cookie.</summary>
    public const string CookieScheme = "PathlightCookie";

    /// <summary>Reading journeys and reports: analyst or admin.</summary>
    public const string Read = "read";

    /// <summary>Posting facts: ingest or admin.</summary>
    public const string Ingest = "ingest";

    /// <summary>Changing journeys: admin.</summary>
    public const string Admin = "admin";

    /// <summary>The dashboard: a signed-in analyst or admin.</summary>
    public const string Dashboard = "dashboard";
}
