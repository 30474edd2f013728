using Microsoft.AspNetCore.Http;
using Pathlight.Server.Hosting;

namespace Pathlight.Tests.Server;

public sealed class RequestLoggingTests
{
    [Theory]
    [InlineData("/journeys/shop/customers/email%3Aann%40example.com", "/journeys/shop/customers/{customer}")]
    [InlineData("/api/v1/journeys/shop/customers/C1", "/api/v1/journeys/shop/customers/{customer}")]
    [InlineData("/journeys/shop/customers/C1/more", "/journeys/shop/customers/{customer}/more")]
    [InlineData("/journeys/shop/customers/", "/journeys/shop/customers/")]
    [InlineData("/journeys/shop/customers", "/journeys/shop/customers")]
    [InlineData("/api/v1/privacy/erase", "/api/v1/privacy/erase")]
    public void TheLoggedPathNeverNamesTheCustomer(string path, string logged) =>
        Assert.Equal(logged, RequestLogging.WithoutCustomer(new PathString(path)));
}
