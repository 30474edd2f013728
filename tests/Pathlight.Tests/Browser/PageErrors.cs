using Microsoft.Playwright;

namespace Pathlight.Tests.Browser;

/// <summary>Collects what a page reports as broken: console errors (a blocked style, a failed load) and uncaught script errors.</summary>
public sealed class PageErrors
{
    private readonly List<string> _errors = [];
    private readonly Lock _lock = new();

    public PageErrors(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Add($"console error on {page.Url}: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Add($"script error on {page.Url}: {error}");
    }

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _errors];
            }
        }
    }

    private void Add(string error)
    {
        lock (_lock)
        {
            _errors.Add(error);
        }
    }
}
