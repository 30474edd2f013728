namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Where the secret that pseudonymizes identifiers comes from when nothing else gives it: the
/// <c>PATHLIGHT_IDENTITY_KEY</c> environment variable, read by the CLI and, as a fallback, by the server.
/// </summary>
public static class IdentityKeySource
{
    /// <summary>The environment variable's name.</summary>
    public const string Variable = IdentityKeys.Variable;

    /// <summary>The key from the environment, or null when the variable is unset or empty.</summary>
    public static string? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } key ? key : null;
}
