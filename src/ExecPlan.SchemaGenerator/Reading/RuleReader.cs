using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Model;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Reads `families:` and `rules:`, deriving each rule's family and message parameters.</summary>
internal static class RuleReader
{
    private static readonly Regex RuleId = new(@"^EXP\d{4}$", RegexOptions.CultureInvariant);
    private static readonly Regex Placeholder = new(@"\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant);

    public static List<RuleModel> Read(SchemaReadContext context, YamlMappingNode root)
    {
        var families = ReadFamilies(context, root);
        var rules = new List<RuleModel>();
        var ids = new HashSet<string>();
        foreach (var map in context.MappingList(root, "rules"))
        {
            context.AllowKeys(map, "rule", SchemaKeys.Rule);
            var idNode = context.RequireScalar(map, "id", "rule");
            var nameNode = context.RequireScalar(map, "name", "rule");
            var severity = SeverityReader.ReadRequired(context, map, "severity", "rule");
            var message = context.RequireText(map, "message", "rule");
            var help = context.RequireText(map, "help", "rule");
            var placedWhereMissing = context.OptionalFlag(map, "placed_where_missing");
            if (nameNode is not null)
            {
                context.Name(NameGroups.Rules, nameNode, declaration: true);
            }

            if (idNode?.Value is not { } id || !CheckId(context, idNode, id, ids))
            {
                continue;
            }

            var family = families.Where(f => id.StartsWith(f.Prefix, System.StringComparison.Ordinal)).Select(f => f.Title).FirstOrDefault();
            if (family is null)
            {
                context.Report(SchemaDiagnosticIds.RuleWithoutFamily, idNode, id);
                continue;
            }

            if (nameNode?.Value is { } name && severity is not null && message is not null && help is not null)
            {
                rules.Add(new RuleModel(id, name, severity, message, help, family, Parameters(message), placedWhereMissing));
            }
        }

        return rules;
    }

    private static bool CheckId(SchemaReadContext context, YamlScalarNode node, string id, HashSet<string> ids)
    {
        if (!RuleId.IsMatch(id))
        {
            context.Report(SchemaDiagnosticIds.InvalidRuleId, node, id);
            return false;
        }

        if (!ids.Add(id))
        {
            context.Report(SchemaDiagnosticIds.DuplicateRuleId, node, id);
            return false;
        }

        return true;
    }

    private static EquatableArray<string> Parameters(string message) =>
        Placeholder.Matches(message).Cast<Match>().Select(m => m.Groups[1].Value).Distinct().ToEquatableArray();

    private static List<(string Prefix, string Title)> ReadFamilies(SchemaReadContext context, YamlMappingNode root)
    {
        var families = new List<(string Prefix, string Title)>();
        foreach (var map in context.MappingList(root, "families"))
        {
            context.AllowKeys(map, "family", SchemaKeys.Family);
            var prefix = context.RequireText(map, "prefix", "family");
            var title = context.RequireText(map, "title", "family");
            if (prefix is not null && title is not null)
            {
                families.Add((prefix, title));
            }
        }

        return families;
    }
}
