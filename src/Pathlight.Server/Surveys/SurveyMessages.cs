using Microsoft.AspNetCore.Http.HttpResults;

namespace Pathlight.Server.Surveys;

/// <summary>
/// The short pages the survey routes answer with. A refused link never says which part of it was wrong.
/// </summary>
internal static class SurveyMessages
{
    public static RazorComponentResult<SurveyMessage> InvalidLink() => Message(StatusCodes.Status403Forbidden,
        "This link is not valid",
        "The survey link you followed is not valid. Please open it exactly as you received it, or ask the sender for a new one.");

    public static RazorComponentResult<SurveyMessage> NotFound() => Message(StatusCodes.Status404NotFound,
        "Survey not found",
        "There is no survey at this address any more. Thank you for wanting to give us your feedback.");

    public static RazorComponentResult<SurveyMessage> Expired(string surveyUrl) => Message(StatusCodes.Status400BadRequest,
        "Your form has expired",
        "We could not accept the form: it was open for a long time, or your browser blocked its cookie. Please open the survey again and send your answers once more.",
        surveyUrl, "Open the survey again");

    public static RazorComponentResult<SurveyMessage> Thanks() => Message(StatusCodes.Status200OK,
        "Thank you!",
        "Your feedback has reached us. It helps us make every step better. You can close this page now.");

    private static RazorComponentResult<SurveyMessage> Message(int status, string heading, string text,
        string? linkUrl = null, string linkText = "") =>
        new(new Dictionary<string, object?>
        {
            [nameof(SurveyMessage.Heading)] = heading,
            [nameof(SurveyMessage.Text)] = text,
            [nameof(SurveyMessage.LinkUrl)] = linkUrl,
            [nameof(SurveyMessage.LinkText)] = linkText,
        })
        {
            StatusCode = status,
        };
}
