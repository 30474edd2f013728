using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Cli.Commands;

/// <summary>
/// <c>pathlight export --identifier kind:value [--output FILE]</c>: everything held about the customer an identifier
/// belongs to, in every journey, as one JSON document (a subject access request).
/// </summary>
internal static class ExportCommand
{
    internal static Command Create(CliConsole console)
    {
        var identifier = CommonOptions.IdentifierOption("The identifier the person gave.");
        identifier.Required = true;
        var output = new Option<string?>("--output")
        {
            Description = "Write the JSON to this file (all at once: a temporary file renamed into place) instead of stdout.",
            HelpName = "FILE",
        };
        var db = CommonOptions.Db();
        var command = new Command("export",
            "Export everything held about a customer, found by any identifier, in every journey, as JSON: identifiers, how they "
            + "were stitched, every fact and the webhook deliveries about them. A customer nobody knows gives an empty list and exit 0.")
        {
            identifier, output, db,
        };
        command.SetAction(parsed =>
        {
            var wanted = CommonOptions.ParseIdentifier(parsed.GetRequiredValue(identifier));
            var store = Stores.Open(parsed.GetRequiredValue(db));
            using var buffer = new MemoryStream();
            int found;
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                found = store.ExportCustomer(wanted, json);
            }

            if (parsed.GetValue(output) is { } path)
            {
                AtomicFile.Write(path, buffer.ToArray());
                console.Error.WriteLine(found == 0
                    ? $"No journey knows {wanted}; wrote an export with no customers to {path}."
                    : $"Exported the customer from {found} journey(s) to {path}.");
                return ExitCodes.Success;
            }

            console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            if (found == 0)
            {
                console.Error.WriteLine($"No journey knows {wanted}; the export lists no customers.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
