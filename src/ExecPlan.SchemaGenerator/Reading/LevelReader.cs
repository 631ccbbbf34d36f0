using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Model;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>
/// Reads `levels:`, the schema's conformance levels in order (the first is the default). Each level name is also a key of every
/// schema section (`standard: must`), so a name must not be one of the section's own keys.
/// </summary>
internal static class LevelReader
{
    private static readonly Regex NamePattern = new("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant);

    public static List<LevelModel> Read(SchemaReadContext context, YamlMappingNode root)
    {
        var levels = new List<LevelModel>();
        foreach (var map in context.MappingList(root, "levels"))
        {
            context.AllowKeys(map, "level", SchemaKeys.Level);
            if (context.RequireScalar(map, "name", "level") is not { Value: { } name } nameNode)
            {
                continue;
            }

            if (!NamePattern.IsMatch(name) || SchemaKeys.Section.Contains(name))
            {
                context.Report(SchemaDiagnosticIds.InvalidName, nameNode, name, "level name (lower case, not a section key)");
                continue;
            }

            context.Name(NameGroups.Levels, nameNode, declaration: true);
            levels.Add(new LevelModel(name, context.OptionalText(map, "description") ?? string.Empty));
        }

        return levels;
    }

    /// <summary>Reads a level name a part of the schema refers to; reports and returns null when no level has that name.</summary>
    public static string? Refer(SchemaReadContext context, YamlScalarNode node, IReadOnlyList<LevelModel> levels)
    {
        if (levels.Any(l => l.Name == node.Value))
        {
            return node.Value;
        }

        context.Report(SchemaDiagnosticIds.InvalidValue, node, node.Value ?? string.Empty, "level", Expected(levels));
        return null;
    }

    /// <summary>The declared level names, as a diagnostic says what it expected.</summary>
    public static string Expected(IReadOnlyList<LevelModel> levels) =>
        levels.Count == 0 ? "a level declared under 'levels' (none is)" : "one of " + string.Join(", ", levels.Select(l => l.Name));
}
