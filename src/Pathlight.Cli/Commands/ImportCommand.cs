using System.CommandLine;
using Pathlight.Facts;
using Pathlight.Import;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight import KIND FILE</c>: load facts from CSV, NDJSON or a JSON array.</summary>
internal static class ImportCommand
{
    internal static Command Create(CliConsole console)
    {
        var kind = new Argument<string>("kind") { Description = "What the file holds: interactions, responses, cases or outcomes." };
        kind.AcceptOnlyFromAmong([.. FactKinds.All]);
        var file = new Argument<FileInfo>("file") { Description = "CSV, NDJSON (.ndjson, .jsonl) or JSON array (.json) file." };
        var format = new Option<ImportFormat?>("--format")
        {
            Description = "Input format when the extension does not tell: csv, ndjson or json.",
        };
        var rejects = new Option<FileInfo?>("--rejects")
        {
            Description = "Write every rejected row with its line and reason to this CSV file.",
            HelpName = "FILE",
        };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Rows per transaction.",
            DefaultValueFactory = _ => Importer.DefaultBatchSize,
        };
        batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--batch-size must be at least 1.");
        });
        var journey = CommonOptions.Journey();
        var db = CommonOptions.Db();
        var command = new Command("import", "Import interactions, survey responses, support cases or outcomes.")
        {
            kind, file, format, journey, rejects, batchSize, db,
        };
        command.SetAction(parsed =>
        {
            var input = parsed.GetRequiredValue(file);
            if (!input.Exists)
            {
                throw new UsageException($"The file {input.FullName} does not exist.");
            }

            var chosenFormat = parsed.GetValue(format) ?? FormatOf(input);
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var target = store.GetJourney(parsed.GetValue(journey));
            using var stream = new FileStream(input.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var job = new ImportJob(console, store, target, Parse(parsed.GetRequiredValue(kind)), parsed.GetValue(batchSize))
            {
                RejectsFile = parsed.GetValue(rejects)?.FullName,
                Label = input.Name,
            };
            using var reader = SourceReader.Open(stream, chosenFormat, leaveOpen: true);
            if (reader.Columns is { } columns && FactParser.CheckColumns(job.Kind, columns, target.Options.Identity.Kinds) is { } problem)
            {
                throw new PathlightException($"{input.Name}: {problem}. Nothing was imported.");
            }

            var summary = job.Run(reader.ReadRecords(), stream);
            RetentionCommand.AfterImport(console, store, target);
            WebhooksCommand.AfterImport(console, store, target);
            return summary.Rejected > 0 ? ExitCodes.SomeRowsRejected : ExitCodes.Success;
        });
        return command;
    }

    // An extension that says no format is a command-line mistake (the fix is --format), so exit code 2.
    private static ImportFormat FormatOf(FileInfo input)
    {
        try
        {
            return ImportFormats.FromPath(input.Name);
        }
        catch (PathlightException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static FactKind Parse(string name) =>
        FactKinds.TryParse(name, out var kind) ? kind : throw new UsageException($"'{name}' is not a kind of fact; use {string.Join(", ", FactKinds.All)}.");
}
