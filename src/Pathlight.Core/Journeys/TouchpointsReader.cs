using YamlDotNet.RepresentationModel;

namespace Pathlight.Journeys;

/// <summary>Reads the touchpoints of a journey file and their KPIs, reporting every problem found.</summary>
internal sealed class TouchpointsReader(JourneyFileErrors errors)
{
    private static readonly string[] TouchpointKeys =
        ["id", "name", "stage", "channel", "owner", "intentional", "purpose", "expected_score", "kpi", "support"];

    private static readonly string[] KpiKeys = ["name", "kind", "measure", "target", "higher_is_better"];

    /// <summary>
    /// The touchpoints in file order, their <see cref="Touchpoint.Order"/> left at 0 for the journey to set, or
    /// null when the key is missing or empty. Stage references are checked only when the stages could be read.
    /// </summary>
    public List<Touchpoint>? Read(MappingFields journey, IReadOnlyList<Stage>? stages)
    {
        if (!journey.Has("touchpoints"))
        {
            journey.Value("touchpoints", required: true);
            return null;
        }

        var sequence = journey.Sequence("touchpoints");
        if (sequence is null || sequence.Children.Count == 0)
        {
            if (sequence is not null || YamlValues.IsNull(journey.NodeOf("touchpoints")))
            {
                errors.Add(sequence ?? journey.KeyOf("touchpoints"), "'touchpoints' must list at least one touchpoint");
            }

            return null;
        }

        var touchpoints = new List<Touchpoint>();
        var firstLines = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode mapping)
            {
                errors.Add(item,
                    $"each touchpoint must be a mapping with 'id', 'name', 'stage' and 'channel', not {YamlValues.Describe(item)}");
                continue;
            }

            var touchpoint = ReadTouchpoint(new MappingFields(mapping, "a touchpoint", TouchpointKeys, errors), stages, firstLines);
            if (touchpoint is not null)
            {
                touchpoints.Add(touchpoint);
            }
        }

        return touchpoints;
    }

    private Touchpoint? ReadTouchpoint(MappingFields fields, IReadOnlyList<Stage>? stages, Dictionary<string, long> firstLines)
    {
        var id = fields.Id("id", required: true);
        var name = fields.Text("name", required: true);
        var stage = fields.Text("stage", required: true);
        var channel = fields.Text("channel", required: true);
        var owner = fields.Text("owner");
        var intentional = fields.Bool("intentional");
        var purpose = fields.Text("purpose");
        var expectedScore = fields.Number("expected_score");
        var support = fields.Bool("support");
        if (expectedScore is < 0 or > 10)
        {
            errors.Add(fields.NodeOf("expected_score"),
                $"'expected_score' must be between 0 and 10, not {YamlValues.Format(expectedScore.Value)}");
        }

        var kpiMapping = fields.Mapping("kpi");
        var kpi = kpiMapping is null ? null : ReadKpi(new MappingFields(kpiMapping, "a kpi", KpiKeys, errors));

        if (stage is not null && stages is not null && stages.All(s => s.Id != stage))
        {
            var known = stages.Select(s => s.Id).ToList();
            var suggestion = KeySuggestion.Closest(stage, known);
            var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
            errors.Add(fields.NodeOf("stage"),
                $"unknown stage {YamlValues.Quote(stage)}{hint}; known stages are {string.Join(", ", known)}");
        }

        if (id is not null && !firstLines.TryAdd(id, fields.NodeOf("id").Start.Line))
        {
            errors.Add(fields.NodeOf("id"), $"duplicate touchpoint id '{id}'; it is first used on line {firstLines[id]}");
            return null;
        }

        if (id is null || name is null || stage is null || channel is null)
        {
            return null;
        }

        return new Touchpoint(id, name, stage, channel, owner, intentional ?? true, purpose, expectedScore, kpi, 0)
        {
            Support = support ?? false,
        };
    }

    private KpiDefinition? ReadKpi(MappingFields fields)
    {
        var name = fields.Text("name", required: true);
        var kind = ReadKind(fields);
        var measure = ReadMeasure(fields);
        var target = fields.Number("target", required: true);
        var higherIsBetter = fields.Bool("higher_is_better");

        if (kind == KpiKind.Rate && measure is not null and not KpiMeasure.Success)
        {
            errors.Add(fields.NodeOf("measure"),
                $"a rate KPI counts successes, so 'measure' must be success, not {YamlValues.Describe(fields.NodeOf("measure"))}");
        }

        if (kind == KpiKind.Rate && target is < 0 or > 100)
        {
            errors.Add(fields.NodeOf("target"),
                $"a rate KPI's 'target' is a percentage and must be between 0 and 100, not {YamlValues.Format(target.Value)}");
        }

        if (kind is KpiKind.Mean or KpiKind.Median && measure == KpiMeasure.Success)
        {
            var kindName = kind == KpiKind.Mean ? "mean" : "median";
            errors.Add(fields.NodeOf("measure"),
                $"a {kindName} KPI cannot use measure success; use kind rate for a share of successes, "
                + "or measure duration_seconds or value");
        }

        if (name is null || kind is null || target is null)
        {
            return null;
        }

        var defaultMeasure = kind == KpiKind.Rate ? KpiMeasure.Success : KpiMeasure.DurationSeconds;
        return new KpiDefinition(name, kind.Value, measure ?? defaultMeasure, target.Value, higherIsBetter ?? true);
    }

    private KpiKind? ReadKind(MappingFields fields) => Choice(fields, "kind", required: true, text => text switch
    {
        "rate" => KpiKind.Rate,
        "mean" => KpiKind.Mean,
        "median" => KpiKind.Median,
        _ => (KpiKind?)null,
    }, "rate, mean or median");

    private KpiMeasure? ReadMeasure(MappingFields fields) => Choice(fields, "measure", required: false, text => text switch
    {
        "success" => KpiMeasure.Success,
        "duration_seconds" => KpiMeasure.DurationSeconds,
        "value" => KpiMeasure.Value,
        _ => (KpiMeasure?)null,
    }, "success, duration_seconds or value");

    private T? Choice<T>(MappingFields fields, string key, bool required, Func<string, T?> parse, string allowed)
        where T : struct
    {
        var text = fields.Text(key, required);
        if (text is null)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            errors.Add(fields.NodeOf(key), $"'{key}' must be {allowed}, not {YamlValues.Quote(text)}");
        }

        return value;
    }
}
