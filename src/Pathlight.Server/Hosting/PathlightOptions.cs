using System.ComponentModel.DataAnnotations;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Hosting;

/// <summary>The server's settings (configuration section <c>Pathlight</c>).</summary>
public sealed class PathlightOptions
{
    public const string Section = "Pathlight";

    /// <summary>The store file.</summary>
    [Required]
    public string Db { get; set; } = DuckDbStore.DefaultPath;

    /// <summary>Largest request body accepted by the ingest routes; larger ones get 413.</summary>
    [Range(1024, 1L << 32)]
    public long MaxIngestBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Survey answers one client may post per minute.</summary>
    [Range(1, 10_000)]
    public int SurveyPostsPerMinute { get; set; } = 10;

    /// <summary>"json" for one JSON object per log line, anything else for plain lines.</summary>
    public string LogFormat { get; set; } = "plain";

    /// <summary>
    /// The secret that pseudonymizes identifiers of journeys that ask for it (<c>Pathlight:IdentityKey</c>, e.g. the
    /// environment variable <c>PATHLIGHT__IDENTITYKEY</c>); when unset, <c>PATHLIGHT_IDENTITY_KEY</c> as the CLI reads it.
    /// Never logged.
    /// </summary>
    public string? IdentityKey { get; set; }

    /// <summary>The identity key from configuration, else from <c>PATHLIGHT_IDENTITY_KEY</c>; null when neither is set.</summary>
    internal string? ResolveIdentityKey() => IdentityKey is { Length: > 0 } key ? key : IdentityKeySource.FromEnvironment();
}
