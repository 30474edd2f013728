namespace Pathlight.Tests.Server.Api;

/// <summary>
/// Every <c>/api</c> route with the answer each role's key must get; a caller without a valid key gets 401
/// everywhere. Ingest keys may only post facts, analyst keys only read, admin keys do everything.
/// </summary>
internal static class ApiRouteMatrix
{
    private const string Journey = "/api/v1/journeys/" + ServerFixture.JourneyId;

    public static readonly ApiRoute[] Routes =
    [
        //       method  route template                          path                           admin analyst ingest
        new("GET",  "/api/v1/journeys",                       "/api/v1/journeys",               200, 200, 403),
        new("GET",  "/api/v1/journeys/{journeyId}",           Journey,                          200, 200, 403),
        new("PUT",  "/api/v1/journeys/{journeyId}",           Journey,                          200, 403, 403),
        new("GET",  "/api/v1/journeys/{journeyId}/scorecard", Journey + "/scorecard",           200, 200, 403),
        new("GET",  "/api/v1/journeys/{journeyId}/support",   Journey + "/support",             200, 200, 403),
        new("GET",  "/api/v1/journeys/{journeyId}/paths",     Journey + "/paths",               200, 200, 403),
        new("GET",  "/api/v1/journeys/{journeyId}/drivers",   Journey + "/drivers",             200, 200, 403),
        new("GET",  "/api/v1/journeys/{journeyId}/at-risk",   Journey + "/at-risk",             200, 200, 403),
        new("GET",  "/api/v1/journeys/{journeyId}/opportunities", Journey + "/opportunities", 200, 200, 403),
        new("POST", "/api/v1/journeys/{journeyId}/{kind}",    Journey + "/interactions",        200, 403, 200),
        new("POST", "/api/v1/journeys/{journeyId}/{kind}",    Journey + "/responses",           200, 403, 200),
        new("POST", "/api/v1/journeys/{journeyId}/{kind}",    Journey + "/cases",               200, 403, 200),
        new("POST", "/api/v1/journeys/{journeyId}/{kind}",    Journey + "/outcomes",            200, 403, 200),
        // The matrix's store has no facts, so a key that may read gets the customer's 404, not 403.
        new("GET",  "/api/v1/journeys/{journeyId}/customers/{customerId}", Journey + "/customers/c-1", 404, 404, 403),
        new("GET",  "/api/v1/journeys/{journeyId}/moments",   Journey + "/moments",             200, 200, 403),
        new("GET",  "/api/v1/journeys/{journeyId}/identities/shared", Journey + "/identities/shared", 200, 200, 403),
        // Privacy is admin-only; the matrix asks about an identifier no journey knows, so export lists no customers
        // and erase answers 404 (see AuthMatrixTests.BodyFor).
        new("POST", "/api/v1/privacy/export",                 "/api/v1/privacy/export",         200, 403, 403),
        new("POST", "/api/v1/privacy/erase",                  "/api/v1/privacy/erase",          404, 403, 403),
        new("GET",  "/api/v1/privacy/erasures",               "/api/v1/privacy/erasures",       200, 403, 403),
    ];

    /// <summary>The status a caller must get on a route.</summary>
    public static int Expected(ApiRoute route, Caller caller) => caller switch
    {
        Caller.Admin => route.Admin,
        Caller.Analyst => route.Analyst,
        Caller.Ingest => route.Ingest,
        _ => 401,
    };

    /// <summary>One request of the matrix: a route as the test calls it and what each role's key gets.</summary>
    internal sealed record ApiRoute(string Method, string Template, string Path, int Admin, int Analyst, int Ingest);
}
