using YamlDotNet.RepresentationModel;

namespace Pathlight.Journeys;

/// <summary>
/// Turns the YAML tree of a journey file into a <see cref="Journey"/>, checking every part and reporting every
/// problem rather than stopping at the first.
/// </summary>
internal sealed class JourneyFileReader(JourneyFileErrors errors)
{
    private static readonly string[] JourneyKeys = ["id", "name", "description", "options", "stages", "touchpoints"];
    private static readonly string[] OptionKeys = ["min_sample", "tolerance", "wow", "kpi_tolerance", "segments", "identity", "retention_days"];
    private static readonly string[] StageKeys = ["id", "name"];

    /// <summary>The journey, or null when any problem was reported.</summary>
    public Journey? Read(YamlNode root, string source)
    {
        if (root is not YamlMappingNode mapping)
        {
            errors.Add(root,
                "a journey file must be a mapping with the keys id, name, stages and touchpoints, "
                + $"not {YamlValues.Describe(root)}");
            return null;
        }

        var fields = new MappingFields(mapping, "the journey", JourneyKeys, errors);
        var id = fields.Id("id", required: true);
        var name = fields.Text("name", required: true);
        var description = fields.Text("description");
        var options = ReadOptions(fields.Mapping("options"));
        var stages = ReadStages(fields);
        var touchpoints = new TouchpointsReader(errors).Read(fields, stages);
        if (errors.Count > 0 || id is null || name is null || stages is null || touchpoints is null)
        {
            return null;
        }

        var ordered = touchpoints
            .OrderBy(t => stages.First(s => s.Id == t.StageId).Order)
            .Select((t, index) => t with { Order = index })
            .ToList();
        return new Journey(id, name, description, stages, ordered, options ?? JourneyOptions.Default, source);
    }

    private JourneyOptions? ReadOptions(YamlMappingNode? mapping)
    {
        if (mapping is null)
        {
            return null;
        }

        var fields = new MappingFields(mapping, "options", OptionKeys, errors);
        var defaults = JourneyOptions.Default;
        var minSample = fields.WholeNumber("min_sample");
        if (minSample < 1)
        {
            errors.Add(fields.NodeOf("min_sample"), $"'min_sample' must be at least 1, not {minSample}");
        }

        var tolerance = Positive(fields, "tolerance");
        var wow = Positive(fields, "wow");
        var kpiTolerance = fields.Number("kpi_tolerance");
        if (kpiTolerance is < 0 or >= 1)
        {
            errors.Add(fields.NodeOf("kpi_tolerance"),
                $"'kpi_tolerance' must be at least 0 and below 1 (0.10 means 10%), not {YamlValues.Format(kpiTolerance.Value)}");
        }

        var retentionDays = fields.WholeNumber("retention_days");
        if (retentionDays < 1)
        {
            errors.Add(fields.NodeOf("retention_days"), $"'retention_days' must be at least 1, not {retentionDays}");
        }

        return new JourneyOptions(
            minSample ?? defaults.MinSample,
            tolerance ?? defaults.Tolerance,
            wow ?? defaults.WowThreshold,
            kpiTolerance ?? defaults.KpiTolerance,
            ReadSegments(fields))
        {
            Identity = new IdentityOptionsReader(errors).Read(fields.Mapping("identity")),
            RetentionDays = retentionDays,
        };
    }

    private double? Positive(MappingFields fields, string key)
    {
        var value = fields.Number(key);
        if (value <= 0)
        {
            errors.Add(fields.NodeOf(key), $"'{key}' must be greater than 0, not {YamlValues.Format(value.Value)}");
        }

        return value;
    }

    private List<string> ReadSegments(MappingFields fields)
    {
        var segments = new List<string>();
        foreach (var item in fields.Sequence("segments") ?? [])
        {
            if (item is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text) || YamlValues.IsNull(item))
            {
                errors.Add(item, $"each segment must be an attribute name, not {YamlValues.Describe(item)}");
            }
            else if (segments.Contains(text.Trim()))
            {
                errors.Add(item, $"segment '{text.Trim()}' is listed twice");
            }
            else
            {
                segments.Add(text.Trim());
            }
        }

        return segments;
    }

    /// <summary>
    /// The stages, or null when any stage lacks an id, so touchpoints are not blamed for naming a stage that is
    /// there but unreadable. Ids are kept even when invalid, for the same reason.
    /// </summary>
    private List<Stage>? ReadStages(MappingFields fields)
    {
        if (!fields.Has("stages"))
        {
            fields.Value("stages", required: true);
            return null;
        }

        var sequence = fields.Sequence("stages");
        if (sequence is null || sequence.Children.Count == 0)
        {
            if (sequence is not null || YamlValues.IsNull(fields.NodeOf("stages")))
            {
                errors.Add(sequence ?? fields.KeyOf("stages"), "'stages' must list at least one stage");
            }

            return null;
        }

        var stages = new List<Stage>();
        var complete = true;
        var firstLines = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode mapping)
            {
                errors.Add(item, $"each stage must be a mapping with 'id' and 'name', not {YamlValues.Describe(item)}");
                complete = false;
                continue;
            }

            var stage = new MappingFields(mapping, "a stage", StageKeys, errors);
            var id = stage.Id("id", required: true);
            var name = stage.Text("name", required: true);
            if (id is null)
            {
                complete = false;
                continue;
            }

            var idNode = stage.NodeOf("id");
            if (!firstLines.TryAdd(id, idNode.Start.Line))
            {
                errors.Add(idNode, $"duplicate stage id '{id}'; it is first used on line {firstLines[id]}");
                continue;
            }

            stages.Add(new Stage(id, name ?? id, stages.Count));
        }

        return complete ? stages : null;
    }
}
