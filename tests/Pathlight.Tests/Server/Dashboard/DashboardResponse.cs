using System.Net;

namespace Pathlight.Tests.Server.Dashboard;

/// <summary>A page as the dashboard answered it: status, redirect target and HTML.</summary>
public sealed record DashboardResponse(HttpStatusCode Status, string? Location, string Html);
