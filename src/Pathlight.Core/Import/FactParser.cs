using Pathlight.Facts;
using Pathlight.Identity;
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
    private readonly IdentifierColumns _identifiers;
    private IReadOnlyList<string>? _lastColumns;
    private ColumnLayout? _lastLayout;

    /// <summary>Creates a parser of <paramref name="kind"/> facts whose touchpoints must be in <paramref name="journey"/>.</summary>
    public FactParser(FactKind kind, Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        Kind = kind;
        Journey = journey;
        _identifiers = new IdentifierColumns(journey.Options.Identity, ColumnsOf(kind));
        _known = [.. ColumnsOf(kind), .. _identifiers.ExtraKinds];
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
    /// <param name="kind">The kind of facts the file holds.</param>
    /// <param name="columns">The file's columns.</param>
    /// <param name="identifierKinds">The identifier kinds the journey declares besides the built-in ones.</param>
    public static string? CheckColumns(FactKind kind, IReadOnlyList<string> columns, IReadOnlyList<string>? identifierKinds = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var required = RequiredColumns(kind);
        var missing = ColumnLayout.Missing(required, columns);
        if (missing.Count > 0)
        {
            return $"the file has no {string.Join(", ", missing)} column{(missing.Count > 1 ? "s" : "")}; " +
                $"{FactKinds.NameOf(kind)} need {string.Join(", ", required)}";
        }

        var identifierColumns = IdentifierKinds.Ranked(identifierKinds ?? []);
        if (kind == FactKind.Outcome && ColumnLayout.Missing(identifierColumns, columns).Count == identifierColumns.Count)
        {
            return $"the file has no identifier column; outcomes need at least one of {string.Join(", ", identifierColumns)}";
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
        var identifiers = _identifiers.Read(fields, _known);
        Fact? fact = Kind switch
        {
            FactKind.Interaction => InteractionParser.Parse(fields, _touchpoints),
            FactKind.Response => ResponseParser.Parse(fields, _touchpoints),
            FactKind.Case => CaseParser.Parse(fields, _touchpoints),
            FactKind.Outcome => OutcomeParser.Parse(fields),
            _ => throw new InvalidOperationException($"unknown fact kind {Kind}"),
        };
        if (fact is OutcomeFact && identifiers.Count == 0)
        {
            fields.Fail($"every outcome belongs to a customer: give its customer_id or another identifier ({string.Join(", ", _identifiers.ExtraKinds)})");
            fact = null;
        }

        if (fact is null)
        {
            return new FactParseResult(null, fields.Error);
        }

        // A fact known by its customer_id alone derives its identifiers from it; setting them would only make facts
        // that are otherwise equal compare unequal.
        var onlyCustomerId = identifiers.Count == (fact.CustomerId is null ? 0 : 1);
        return new FactParseResult(onlyCustomerId ? fact : fact with { Identifiers = identifiers }, null);
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
