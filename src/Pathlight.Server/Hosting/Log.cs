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

    [LoggerMessage(EventId = 1900, Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    internal static partial void Unhandled(ILogger logger, Exception exception, string method, string path);
}
