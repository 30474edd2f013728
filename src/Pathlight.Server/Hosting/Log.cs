namespace Pathlight.Server.Hosting;

/// <summary>Every log message of the server, source-generated; event ids are kept in one place here.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Serving store {Db}")]
    internal static partial void Serving(ILogger logger, string db);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "{Method} {Path} answered {Status} in {Milliseconds} ms")]
    internal static partial void Request(ILogger logger, string method, string path, int status, long milliseconds);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Key {KeyId} ({Role}) signed in to the dashboard")]
    internal static partial void SignedIn(ILogger logger, string keyId, string role);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Refused an API key: {Reason}")]
    internal static partial void KeyRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Ingested {Kind} into {Journey}: {Accepted} accepted, {Duplicates} duplicates, {Rejected} rejected")]
    internal static partial void Ingested(ILogger logger, string kind, string journey, int accepted, int duplicates, int rejected);

    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Journey {Journey} replaced through the API")]
    internal static partial void JourneyReplaced(ILogger logger, string journey);

    [LoggerMessage(EventId = 1400, Level = LogLevel.Information, Message = "Survey answer {ResponseId} for {Journey}/{Touchpoint}")]
    internal static partial void SurveyAnswered(ILogger logger, string responseId, string journey, string touchpoint);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "Refused a survey link for {Journey}/{Touchpoint}: bad token")]
    internal static partial void SurveyTokenRefused(ILogger logger, string journey, string touchpoint);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Information, Message = "Survey answer for {Journey}/{Touchpoint} not accepted; the form was shown again")]
    internal static partial void SurveyAnswerRejected(ILogger logger, string journey, string touchpoint);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Warning, Message = "Refused a survey post for {Journey}/{Touchpoint}: missing or invalid antiforgery token")]
    internal static partial void SurveyFormRefused(ILogger logger, string journey, string touchpoint);

    [LoggerMessage(EventId = 1404, Level = LogLevel.Warning, Message = "Survey posts rate-limited for a client on {Path}")]
    internal static partial void SurveyRateLimited(ILogger logger, string path);

    [LoggerMessage(EventId = 1405, Level = LogLevel.Information, Message = "Valid survey link for a journey or touchpoint that does not exist: {Journey}/{Touchpoint}")]
    internal static partial void SurveyNotFound(ILogger logger, string journey, string touchpoint);

    [LoggerMessage(EventId = 1660, Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} ({Event}) to {WebhookId} answered {Status} on attempt {Attempt}")]
    internal static partial void WebhookDelivered(ILogger logger, string deliveryId, string @event, string webhookId, int status, int attempt);

    [LoggerMessage(EventId = 1661, Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} ({Event}) to {WebhookId} failed on attempt {Attempt}: {Error}; next attempt at {NextAttemptAt:u}")]
    internal static partial void WebhookRetrying(ILogger logger, string deliveryId, string @event, string webhookId, int attempt, string error, DateTime nextAttemptAt);

    [LoggerMessage(EventId = 1662, Level = LogLevel.Error, Message = "Webhook delivery {DeliveryId} ({Event}) to {WebhookId} failed for good after {Attempt} attempts: {Error}")]
    internal static partial void WebhookGaveUp(ILogger logger, string deliveryId, string @event, string webhookId, int attempt, string error);

    [LoggerMessage(EventId = 1663, Level = LogLevel.Information, Message = "Queued {Count} webhook deliveries for {Journey}")]
    internal static partial void WebhookEventsQueued(ILogger logger, int count, string journey);

    [LoggerMessage(EventId = 1664, Level = LogLevel.Warning, Message = "Webhook scan or delivery pass failed; the next poll tries again")]
    internal static partial void WebhookPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1665, Level = LogLevel.Warning, Message = "Could not queue webhook events for {Journey} after a write; the periodic scan will find them")]
    internal static partial void WebhookQueueFailed(ILogger logger, Exception exception, string journey);

    [LoggerMessage(EventId = 1500, Level = LogLevel.Information, Message = "Retention of {Journey} ({Days} days) removed {Facts} facts ({Interactions} interactions, {Responses} responses, {Cases} cases, {Outcomes} outcomes) and {Identifiers} identifiers")]
    internal static partial void RetentionApplied(ILogger logger, string journey, int days, long facts, long interactions, long responses, long cases, long outcomes, long identifiers);

    [LoggerMessage(EventId = 1501, Level = LogLevel.Warning, Message = "Retention of {Journey} failed; it is tried again in {RetryMinutes} minutes")]
    internal static partial void RetentionFailed(ILogger logger, Exception exception, string journey, int retryMinutes);

    [LoggerMessage(EventId = 1510, Level = LogLevel.Information, Message = "Key {KeyId} erased a customer: erasure {ErasureId}, {Facts} facts and {Identifiers} identifiers from {Journeys} journeys")]
    internal static partial void CustomerErased(ILogger logger, string keyId, string erasureId, long facts, long identifiers, int journeys);

    [LoggerMessage(EventId = 1511, Level = LogLevel.Information, Message = "Key {KeyId} exported a customer known in {Journeys} journeys")]
    internal static partial void CustomerExported(ILogger logger, string keyId, int journeys);

    [LoggerMessage(EventId = 1512, Level = LogLevel.Information, Message = "Key {KeyId} asked to erase a customer no journey knows")]
    internal static partial void CustomerNotErased(ILogger logger, string keyId);

    [LoggerMessage(EventId = 1900, Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    internal static partial void Unhandled(ILogger logger, Exception exception, string method, string path);
}
