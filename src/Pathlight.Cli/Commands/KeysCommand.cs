using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Pathlight.Access;
using Spectre.Console;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight keys create|list|revoke</c>: API keys for the server, stored only as hashes.</summary>
internal static class KeysCommand
{
    internal static Command Create(CliConsole console) =>
        new("keys", "Create, list and revoke API keys for `pathlight serve`.")
        {
            CreateKey(console),
            List(console),
            Revoke(console),
        };

    private static Command CreateKey(CliConsole console)
    {
        var role = new Option<Role>("--role")
        {
            Description = "admin does everything; analyst reads; ingest may only post facts.",
            Required = true,
        };
        var name = new Option<string?>("--name") { Description = "What the key is for, shown by `keys list`.", HelpName = "N" };
        var db = CommonOptions.Db();
        var command = new Command("create", "Create a key and print it once, alone on stdout; only its hash is stored.") { role, name, db };
        command.SetAction(parsed =>
        {
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var key = store.CreateApiKey(parsed.GetValue(role), parsed.GetValue(name));
            console.Out.WriteLine(key.Text);
            console.Error.WriteLine(
                $"Created {parsed.GetValue(role).ToString().ToLowerInvariant()} key {key.Id}. It is shown this once; store it now.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var command = new Command("list", "List keys (never their secrets).") { format, db };
        command.SetAction(parsed =>
        {
            var keys = Stores.Open(parsed.GetRequiredValue(db)).ListApiKeys();
            if (parsed.GetValue(format) == OutputFormat.Json)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(keys.Select(k => new
                {
                    id = k.Id,
                    name = k.Name,
                    role = k.Role.ToString().ToLowerInvariant(),
                    created_at = Utc(k.CreatedAt),
                    revoked_at = k.RevokedAt is { } r ? Utc(r) : null,
                }), JsonOutput.Options));
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("Id", "Name", "Role", "Created (UTC)", "Revoked (UTC)");
            foreach (var k in keys)
            {
                table.AddRow(k.Id, Markup.Escape(k.Name ?? ""), k.Role.ToString().ToLowerInvariant(),
                    $"{k.CreatedAt:yyyy-MM-dd HH:mm}", k.RevokedAt is { } r ? $"{r:yyyy-MM-dd HH:mm}" : "");
            }

            console.Ansi.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Revoke(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The key's id, as `keys list` shows it." };
        var db = CommonOptions.Db();
        var command = new Command("revoke", "Revoke a key; requests with it are refused from now on.") { id, db };
        command.SetAction(parsed =>
        {
            var keyId = parsed.GetRequiredValue(id);
            if (!Stores.Open(parsed.GetRequiredValue(db)).RevokeApiKey(keyId))
            {
                throw new PathlightException($"No valid key has the id '{keyId}' (see `pathlight keys list`).");
            }

            console.Out.WriteLine($"Revoked key {keyId}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Utc(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
