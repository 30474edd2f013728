using System.Text;

namespace Pathlight.Cli.Bench;

/// <summary>
/// Writes the generated responses as a <c>pathlight import responses</c> CSV file. Blocks of rows are formatted in
/// parallel, one per core, while the previous group of blocks is being written, and written in order, so the file is
/// the same whatever the number of cores and memory stays flat (a few megabytes per core).
/// </summary>
internal sealed class BenchCsvWriter(BenchData data)
{
    public const string Header =
        "id,touchpoint,timestamp,customer_id,nps,csat,ces,expectation,reality,expectations_met,would_return,would_recommend,region";

    private const int BlockRows = 32_768;

    /// <summary>Writes the header and every response; <paramref name="progress"/> hears the rows written so far.</summary>
    public void Write(Stream output, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Encoding.ASCII.GetBytes(Header + "\n"));
        var groups = new[] { Group(), Group() };
        var rows = data.Size.Responses;
        var groupRows = (long)BlockRows * groups[0].Length;
        var writing = Task.CompletedTask;
        for (var (first, turn) = (0L, 0); first < rows; first += groupRows, turn ^= 1)
        {
            var blocks = groups[turn];
            var start = first;
            Parallel.For(0, blocks.Length, b =>
            {
                var from = start + ((long)b * BlockRows);
                blocks[b].Format(from, (int)Math.Clamp(rows - from, 0, BlockRows));
            });
            writing.Wait();
            var written = Math.Min(rows, first + groupRows);
            writing = Task.Run(() =>
            {
                foreach (var block in blocks)
                {
                    output.Write(block.Bytes);
                }

                progress?.Invoke(written);
            });
        }

        writing.Wait();
    }

    private BenchCsvBlock[] Group() =>
        [.. Enumerable.Range(0, Environment.ProcessorCount).Select(_ => new BenchCsvBlock(data, BlockRows))];
}
