using System.CommandLine;
using Pathlight.Identity;
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

    internal static Option<string?> IdentifierOption(string description) => new("--identifier")
    {
        Description = description + " Written kind:value, e.g. email:ann@example.com, phone:+447911123456, customer_id:C042.",
        HelpName = "KIND:VALUE",
    };

    /// <summary>Reads an <c>--identifier</c> value; a malformed one is a usage error.</summary>
    internal static Identifier ParseIdentifier(string? text)
    {
        try
        {
            return Identifier.Parse(text ?? throw new UsageException("Give --identifier kind:value."));
        }
        catch (PathlightException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
