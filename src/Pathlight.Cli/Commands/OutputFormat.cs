namespace Pathlight.Cli.Commands;

/// <summary>How a report is printed.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}
