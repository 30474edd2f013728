namespace Pathlight.Server.Hosting;

/// <summary>
/// Problem details with a detail every time: the ones the framework writes for a bare status (no route, a
/// method or Content-Type the route does not take) say what was wrong with the request.
/// </summary>
public static class ProblemDetailsExtensions
{
    public static IServiceCollection AddPathlightProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = FillDetail);

    private static void FillDetail(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!string.IsNullOrEmpty(problem.Detail))
        {
            return;
        }

        var request = context.HttpContext.Request;
        problem.Detail = problem.Status switch
        {
            StatusCodes.Status404NotFound => $"Nothing answers {request.Path}.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Path} does not answer {request.Method}.",
            StatusCodes.Status415UnsupportedMediaType =>
                $"{request.Path} does not accept Content-Type {request.ContentType ?? "(none)"}; /openapi/v1.json lists the types each route takes.",
            _ => problem.Title,
        };
    }
}
