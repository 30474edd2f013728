using System.Globalization;
using CsvHelper;
using Pathlight.Facts;
using Pathlight.Import;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;
using Spectre.Console;

namespace Pathlight.Cli.Commands;

/// <summary>
/// Runs one import through the shared <see cref="Importer"/> into the store, with a progress bar on a
/// terminal, the rejected rows reported (and optionally written to a file) and the summary line.
/// Used by <c>import</c> and by <c>demo</c>.
/// </summary>
internal sealed class ImportJob(CliConsole console, DuckDbStore store, Journey journey, FactKind kind, int batchSize)
{
    private const int RejectionsShown = 20;

    public FactKind Kind => kind;

    public string? RejectsFile { get; init; }

    public string Label { get; init; } = "";

    public bool Quiet { get; init; }

    /// <summary>Where the writer's time went, once <see cref="Run"/> has returned.</summary>
    public WriteTimings? Timings { get; private set; }

    public ImportSummary Run(IEnumerable<SourceRecord> records, Stream? progressSource = null)
    {
        var parser = new FactParser(kind, journey);
        using var writer = store.OpenWriter(journey, kind, bulk: true);
        Timings = writer.Timings;
        using var rejects = RejectsFile is null ? null : new RejectsWriter(RejectsFile);
        var shown = 0;
        var written = new ImportSummary(0, 0, 0);
        var importer = new Importer(parser, writer.Write, batchSize)
        {
            Rejected = rejection =>
            {
                rejects?.Write(rejection);
                if (!Quiet && shown++ < RejectionsShown)
                {
                    console.Error.WriteLine($"{Label}:{rejection.Line}: {rejection.Reason}");
                }
            },
            BatchWritten = summary => written = summary,
        };

        ImportSummary result;
        try
        {
            result = console.Interactive && progressSource is { CanSeek: true } && !Quiet
                ? WithProgress(importer, records, progressSource)
                : importer.Run(records);
        }
        catch (Exception e) when (e is not UsageException && written.Accepted > 0)
        {
            throw new PathlightException(
                $"{e.Message} ({written.Imported} rows of {Label} were imported in the batches committed before the failure).", e);
        }

        if (!Quiet)
        {
            if (result.Rejected > shown && shown >= RejectionsShown)
            {
                console.Error.WriteLine(RejectsFile is null
                    ? $"... and {result.Rejected - RejectionsShown} more rejected rows; --rejects FILE writes them all."
                    : $"... and {result.Rejected - RejectionsShown} more rejected rows, all written to {RejectsFile}.");
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Label}: imported {result.Imported}, duplicates {result.Duplicates}, rejected {result.Rejected}"));
        }

        return result;
    }

    private ImportSummary WithProgress(Importer importer, IEnumerable<SourceRecord> records, Stream source)
    {
        ImportSummary? result = null;
        console.Ansi.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(Markup.Escape($"Importing {Label}"), maxValue: Math.Max(1, source.Length));
            var counted = 0;
            result = importer.Run(records.Select(record =>
            {
                if (++counted % 8192 == 0)
                {
                    task.Value = source.Position;
                }

                return record;
            }));
            task.Value = task.MaxValue;
        });
        return result!;
    }

    private sealed class RejectsWriter : IDisposable
    {
        private readonly StreamWriter _file;
        private readonly CsvWriter _csv;

        public RejectsWriter(string path)
        {
            _file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            _csv = CsvWriter.Create(_file, CsvWriterOptions.Default, leaveOpen: true);
            _csv.WriteRecord(["line", "reason", "record"]);
        }

        public void Write(RowRejection rejection) =>
            _csv.WriteRecord([rejection.Line.ToString(CultureInfo.InvariantCulture), rejection.Reason, rejection.Raw]);

        public void Dispose()
        {
            _csv.Dispose();
            _file.Dispose();
        }
    }
}
