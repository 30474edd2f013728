using System.ComponentModel.DataAnnotations;
using Pathlight.Webhooks;

namespace Pathlight.Server.Webhooks;

/// <summary>How the server delivers webhooks (configuration section <c>Pathlight:Webhooks</c>).</summary>
public sealed class WebhookOptions : IValidatableObject
{
    public const string Section = "Pathlight:Webhooks";

    /// <summary>Whether the server scans for events and delivers them in the background.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a receiver may take to answer before the attempt counts as failed.</summary>
    [Range(0.1, 300)]
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>How often due deliveries are sent.</summary>
    [Range(0.01, 3600)]
    public double PollSeconds { get; set; } = 5;

    /// <summary>How often every journey is scanned for new events (besides the scan after each write).</summary>
    [Range(0.01, 86_400)]
    public double ScanSeconds { get; set; } = 60;

    /// <summary>The waits before each retry, e.g. <c>10s,30s,2m,10m,1h</c> (see <see cref="RetrySchedule.Parse"/>).</summary>
    [Required]
    public string RetryDelays { get; set; } = "10s,30s,2m,10m,1h,3h,6h,12h,24h";

    public RetrySchedule Schedule => RetrySchedule.Parse(RetryDelays);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? problem = null;
        try
        {
            RetrySchedule.Parse(RetryDelays);
        }
        catch (PathlightException e)
        {
            problem = e.Message;
        }

        if (problem is not null) yield return new ValidationResult(problem, [nameof(RetryDelays)]);
    }
}
