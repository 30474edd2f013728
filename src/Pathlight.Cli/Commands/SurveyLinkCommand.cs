using System.CommandLine;
using Pathlight.Server;
using Pathlight.Surveys;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight survey-link JOURNEY TOUCHPOINT</c>: prints a signed link to a touchpoint's survey page.</summary>
internal static class SurveyLinkCommand
{
    internal static Command Create(CliConsole console)
    {
        var journey = new Argument<string>("journey") { Description = "The journey's id (see `pathlight journeys`)." };
        var touchpoint = new Argument<string>("touchpoint") { Description = "The touchpoint whose experience the survey asks about." };
        var customer = new Option<string?>("--customer")
        {
            Description = "Attribute the answers to this customer id; the id is signed into the link, so it cannot be changed.",
            HelpName = "ID",
        };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "Where customers reach `pathlight serve`, e.g. https://feedback.example.com.",
            DefaultValueFactory = _ => PathlightServer.DefaultUrls,
            HelpName = "URL",
        };
        var db = CommonOptions.Db();
        var command = new Command("survey-link",
            "Print a signed link to the survey page of a touchpoint, alone on stdout. Anyone with the link can answer; nobody can alter it.")
        {
            journey, touchpoint, customer, baseUrl, db,
        };
        command.SetAction(parsed =>
        {
            var root = BaseUrl(parsed.GetRequiredValue(baseUrl));
            var customerId = parsed.GetValue(customer);
            if (customerId is not null && string.IsNullOrWhiteSpace(customerId))
            {
                throw new UsageException("--customer needs a customer id; leave the option out for an anonymous link.");
            }

            var store = Stores.Open(parsed.GetRequiredValue(db));
            var loaded = store.GetJourney(parsed.GetRequiredValue(journey));
            var touchpointId = parsed.GetRequiredValue(touchpoint);
            if (loaded.FindTouchpoint(touchpointId) is null)
            {
                throw new PathlightException(
                    $"The journey '{loaded.Id}' has no touchpoint '{touchpointId}'; its touchpoints are {string.Join(", ", loaded.Touchpoints.Select(t => t.Id))}.");
            }

            var links = new SurveyLinks(store.Secret(SurveyLinks.SecretName));
            console.Out.WriteLine(links.Url(root, new SurveyLink(loaded.Id, touchpointId, customerId)).AbsoluteUri);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Uri BaseUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            throw new UsageException($"--base-url '{text}' is not an http or https address like {PathlightServer.DefaultUrls}.");
        }

        return url;
    }
}
