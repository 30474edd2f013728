using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Import;
using YamlDotNet.RepresentationModel;

namespace Pathlight.Journeys;

/// <summary>Reads <c>options.identity</c> of a journey file, reporting every problem at its node.</summary>
internal sealed class IdentityOptionsReader(JourneyFileErrors errors)
{
    private static readonly string[] Keys = ["kinds", "phone_region", "max_customer_ids", "pseudonymize"];

    // A declared kind is a column of every fact kind's file; one named like a fact's own column would be read as that
    // column in some files and as an identifier in others.
    private static readonly HashSet<string> FactColumns =
        Enum.GetValues<FactKind>().SelectMany(FactParser.KnownColumns).ToHashSet(StringComparer.Ordinal);

    public IdentityOptions Read(YamlMappingNode? mapping)
    {
        var defaults = IdentityOptions.Default;
        if (mapping is null)
        {
            return defaults;
        }

        var fields = new MappingFields(mapping, "options.identity", Keys, errors);
        var region = fields.Text("phone_region")?.Trim().ToUpperInvariant();
        if (region is not null && !IdentifierNormalizer.IsKnownRegion(region))
        {
            errors.Add(fields.NodeOf("phone_region"),
                $"'phone_region' must be a two-letter region code like GB, US or DE, not '{region}'");
        }

        var maxCustomerIds = fields.WholeNumber("max_customer_ids");
        if (maxCustomerIds < 1)
        {
            errors.Add(fields.NodeOf("max_customer_ids"), $"'max_customer_ids' must be at least 1, not {maxCustomerIds}");
        }

        return new IdentityOptions(
            ReadKinds(fields),
            region,
            maxCustomerIds ?? defaults.MaxCustomerIds,
            fields.Bool("pseudonymize") ?? defaults.Pseudonymize);
    }

    private List<string> ReadKinds(MappingFields fields)
    {
        var kinds = new List<string>();
        foreach (var item in fields.Sequence("kinds") ?? [])
        {
            var text = (item as YamlScalarNode)?.Value?.Trim();
            if (text is null || YamlValues.IsNull(item) || !MappingFields.IsValidId(text) || text.Contains('-', StringComparison.Ordinal))
            {
                errors.Add(item, $"each identifier kind must be a lower-case name of letters, digits and '_', not {YamlValues.Describe(item)}");
            }
            else if (IdentifierKinds.IsBuiltIn(text))
            {
                errors.Add(item, $"'{text}' is a built-in identifier kind; list only kinds of your own");
            }
            else if (FactColumns.Contains(text))
            {
                errors.Add(item, $"'{text}' is already a column of facts; give the identifier kind another name");
            }
            else if (kinds.Contains(text))
            {
                errors.Add(item, $"identifier kind '{text}' is listed twice");
            }
            else
            {
                kinds.Add(text);
            }
        }

        return kinds;
    }
}
