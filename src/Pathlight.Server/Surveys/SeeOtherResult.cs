namespace Pathlight.Server.Surveys;

/// <summary>303 See Other: after a successful form post the browser GETs the target, so a reload posts nothing twice.</summary>
public sealed class SeeOtherResult(string location) : IResult
{
    public string Location { get; } = location;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = Location;
        return Task.CompletedTask;
    }
}
