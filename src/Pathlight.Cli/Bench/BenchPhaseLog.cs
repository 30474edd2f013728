using System.Globalization;

namespace Pathlight.Cli.Bench;

/// <summary>The benchmark's progress lines: what it is doing, and how long each phase took.</summary>
internal sealed class BenchPhaseLog(TextWriter output)
{
    public void Line(FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    public void Done(string phase, TimeSpan elapsed, long rows) => Line(
        $"{phase}: {rows:N0} rows in {elapsed.TotalSeconds:N1} s ({rows / Math.Max(elapsed.TotalSeconds, 1e-9):N0} rows/s)");

    public void Timed(string query, TimeSpan pathlight, TimeSpan baseline) => Line(
        $"{query}: Pathlight {pathlight.TotalMilliseconds:N1} ms, baseline {baseline.TotalMilliseconds:N1} ms (medians)");
}
