using System.CommandLine;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Cli.Commands;

/// <summary>Options several commands share, created fresh for each command.</summary>
internal static class CommonOptions
{
    internal static Option<string> Db() => new("--db")
    {
        Description = "The store file (DuckDB).",
        DefaultValueFactory = _ => DuckDbStore.DefaultPath,
        HelpName = "PATH",
    };

    internal static Option<string?> Journey() => new("--journey")
    {
        Description = "Journey id; may be left out when the store holds one journey.",
        HelpName = "ID",
    };

    internal static Option<OutputFormat> Format() => new("--format")
    {
        Description = "table for people, json or csv for machines.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    internal static Option<string?> From() => new("--from")
    {
        Description = "Only facts at or after this date (2026-03-01) or timestamp (UTC unless an offset is given).",
        HelpName = "DATE",
    };

    internal static Option<string?> To() => new("--to")
    {
        Description = "Only facts before the end of this date, or before this timestamp.",
        HelpName = "DATE",
    };

    internal static Option<string[]> Where() => new("--where")
    {
        Description = "Only facts whose attribute has this value, e.g. region=north; repeat to combine (all must hold).",
        HelpName = "ATTRIBUTE=VALUE",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };
}
