using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Import;

/// <summary>
/// Turns source records into facts of one kind for one journey, or into a plain reason naming the column
/// and the problem. Columns it does not know become segment attributes. Parsing does not depend on the
/// current culture. Not thread-safe: use one parser per import.
/// </summary>
public sealed class FactParser
{
    private readonly TouchpointCheck _touchpoints;
    private readonly string[] _known;
    private IReadOnlyList<string>? _lastColumns;
    private ColumnLayout? _lastLayout;

    /// <summary>Creates a parser of <paramref name="kind"/> facts whose touchpoints must be in <paramref name="journey"/>.</summary>
    public FactParser(FactKind kind, Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        Kind = kind;
        Journey = journey;
        _known = ColumnsOf(kind);
        _touchpoints = new TouchpointCheck(journey);
    }

    /// <summary>The kind of fact this parser makes.</summary>
    public FactKind Kind { get; }

    /// <summary>The journey whose touchpoints the facts must refer to.</summary>
    public Journey Journey { get; }

    /// <summary>The columns a kind of fact knows, lower-case, in documentation order.</summary>
    public static IReadOnlyList<string> KnownColumns(FactKind kind) => Array.AsReadOnly(ColumnsOf(kind));

    /// <summary>The columns a file of this kind must have, lower-case.</summary>
    public static IReadOnlyList<string> RequiredColumns(FactKind kind) => Array.AsReadOnly(kind switch
    {
        FactKind.Interaction => InteractionParser.Required,
        FactKind.Response => ResponseParser.Required,
        FactKind.Case => CaseParser.Required,
        FactKind.Outcome => OutcomeParser.Required,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown fact kind"),
    });

    /// <summary>
    /// Checks a file's columns (a CSV header) before any row is read, so that an import that could only
    /// reject every row fails up front: a required column is missing, or a responses file has no question
    /// and no comment column. Returns the reason, or null when the columns will do.
    /// </summary>
    public static string? CheckColumns(FactKind kind, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var required = RequiredColumns(kind);
        var missing = ColumnLayout.Missing(required, columns);
        if (missing.Count > 0)
        {
            return $"the file has no {string.Join(", ", missing)} column{(missing.Count > 1 ? "s" : "")}; " +
                $"{FactKinds.NameOf(kind)} need {string.Join(", ", required)}";
        }

        if (kind == FactKind.Response && ColumnLayout.Missing(ResponseParser.Answers, columns).Count == ResponseParser.Answers.Length)
        {
            return $"the file has no question and no comment column; responses need at least one of {string.Join(", ", ResponseParser.Answers)}";
        }

        return null;
    }

    /// <summary>The fact the record stands for, or why it was rejected (also when the reader could not read it).</summary>
    public FactParseResult Parse(SourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Error is not null)
        {
            return new FactParseResult(null, record.Error);
        }

        if (!ReferenceEquals(record.Columns, _lastColumns))
        {
            _lastLayout = new ColumnLayout(_known, record.Columns);
            _lastColumns = record.Columns;
        }

        var fields = new FieldReader(record, _lastLayout!, _known);
        Fact? fact = Kind switch
        {
            FactKind.Interaction => InteractionParser.Parse(fields, _touchpoints),
            FactKind.Response => ResponseParser.Parse(fields, _touchpoints),
            FactKind.Case => CaseParser.Parse(fields, _touchpoints),
            FactKind.Outcome => OutcomeParser.Parse(fields),
            _ => throw new InvalidOperationException($"unknown fact kind {Kind}"),
        };
        return fact is null ? new FactParseResult(null, fields.Error) : new FactParseResult(fact, null);
    }

    private static string[] ColumnsOf(FactKind kind) => kind switch
    {
        FactKind.Interaction => InteractionParser.Columns,
        FactKind.Response => ResponseParser.Columns,
        FactKind.Case => CaseParser.Columns,
        FactKind.Outcome => OutcomeParser.Columns,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown fact kind"),
    };
}
