using Pathlight.Facts;

namespace Pathlight.Tests.Identity;

/// <summary>One generated fact as a CSV row, with whose it is and when it happened.</summary>
internal sealed record MetricRow(FactKind Kind, string Id, string Owner, DateTime At, string Csv);
