using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Model;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Reads `section_checks:`, `sections:` and `extra_sections:` (schema sections first, then extras).</summary>
internal static class SectionReader
{
    public static SectionChecksModel? ReadChecks(SchemaReadContext context, YamlMappingNode root)
    {
        if (context.AsMapping(SchemaReadContext.Get(root, "section_checks"), "section_checks") is not { } map)
        {
            return null;
        }

        context.AllowKeys(map, "section_checks", SchemaKeys.SectionChecks);
        string? Rule(string key) => RuleReference.Read(context, map, key, "section_checks", required: true);
        var must = Rule("must");
        var should = Rule("should");
        var order = Rule("order");
        var duplicate = Rule("duplicate");
        var empty = Rule("empty");
        return must is null || should is null || order is null || duplicate is null || empty is null
            ? null
            : new SectionChecksModel(must, should, order, duplicate, empty);
    }

    public static List<SectionModel> Read(SchemaReadContext context, YamlMappingNode root, IReadOnlyList<LevelModel> levels)
    {
        var sections = new List<SectionModel>();
        var keys = new Dictionary<string, SourceSpan>();
        var titles = new Dictionary<string, SourceSpan>();
        foreach (var (key, isExtra) in new[] { ("sections", false), ("extra_sections", true) })
        {
            foreach (var map in context.MappingList(root, key))
            {
                if (ReadSection(context, map, isExtra, levels, keys, titles) is { } section)
                {
                    sections.Add(section);
                }
            }
        }

        return sections;
    }

    private static SectionModel? ReadSection(
        SchemaReadContext context,
        YamlMappingNode map,
        bool isExtra,
        IReadOnlyList<LevelModel> levels,
        Dictionary<string, SourceSpan> keys,
        Dictionary<string, SourceSpan> titles)
    {
        var owner = isExtra ? "extra section" : "section";
        // A schema section gives its requirement at every level, under the level's name; an extra section is optional at all.
        context.AllowKeys(map, owner, isExtra ? SchemaKeys.Section : SchemaKeys.Section.Concat(levels.Select(l => l.Name)).ToArray());
        var keyNode = context.RequireScalar(map, "key", owner);
        var titleNode = context.RequireScalar(map, "title", owner);
        var requirements = levels.Select(l => isExtra ? "Optional" : ReadRequirement(context, map, l.Name, owner)).ToList();
        if (keyNode?.Value is not { } key || titleNode?.Value is not { } title)
        {
            return null;
        }

        var unique = Unique(context, keys, keyNode, "key") & Unique(context, titles, titleNode, "title");
        // Other headings people write for the section; an alias is a title like any other, so it may not repeat one.
        var aliases = context.ScalarList(map, "aliases");
        foreach (var alias in aliases)
        {
            unique &= Unique(context, titles, alias, "title");
        }

        context.Name(NameGroups.Sections, keyNode, declaration: false);
        var conditionRule = RuleReference.Read(context, map, "condition_rule", "sections." + key, required: false);
        var subsections = ReadSubsections(context, map, key, levels);
        var lineFields = ReadLineFields(context, map, key);
        var entryKind = context.AsScalar(SchemaReadContext.Get(map, "entries"), "entries");
        if (entryKind is not null)
        {
            context.Refer(ReferenceKind.EntryKind, entryKind, "sections." + key + ".entries");
        }

        if (!unique || requirements.Any(r => r is null))
        {
            return null;
        }

        return new SectionModel(
            key,
            title,
            isExtra,
            requirements.Select(r => r!).ToEquatableArray(),
            context.OptionalText(map, "condition"),
            conditionRule,
            context.OptionalFlag(map, "living"),
            subsections,
            lineFields,
            entryKind?.Value,
            context.OptionalFlag(map, "trailing"),
            context.OptionalText(map, "description") ?? string.Empty,
            (context.OptionalText(map, "template") ?? string.Empty).TrimEnd('\n', '\r'),
            aliases.Select(a => a.Value ?? string.Empty).ToEquatableArray());
    }

    private static bool Unique(SchemaReadContext context, Dictionary<string, SourceSpan> seen, YamlScalarNode node, string what)
    {
        var text = node.Value ?? string.Empty;
        if (seen.ContainsKey(text))
        {
            context.Report(SchemaDiagnosticIds.DuplicateSection, node, what, text);
            return false;
        }

        seen[text] = SchemaReadContext.SpanOf(node);
        return true;
    }

    private static string? ReadRequirement(SchemaReadContext context, YamlMappingNode map, string level, string owner)
    {
        if (context.RequireScalar(map, level, owner) is not { } node)
        {
            return null;
        }

        if (SchemaVocabulary.Requirements.TryGetValue(node.Value ?? string.Empty, out var requirement))
        {
            return requirement;
        }

        context.Report(SchemaDiagnosticIds.UnknownRequirement, node, node.Value ?? string.Empty);
        return null;
    }

    private static SubsectionsModel? ReadSubsections(SchemaReadContext context, YamlMappingNode map, string key, IReadOnlyList<LevelModel> levels)
    {
        if (context.AsMapping(SchemaReadContext.Get(map, "subsections"), "subsections") is not { } subsections)
        {
            return null;
        }

        var owner = "sections." + key + ".subsections";
        context.AllowKeys(subsections, owner, SchemaKeys.Subsections);
        context.Require(subsections, "titles", owner);
        var titles = context.ScalarList(subsections, "titles");
        foreach (var title in titles)
        {
            context.Name(NameGroups.Subsections, title, declaration: false);
        }

        var rule = RuleReference.Read(context, subsections, "rule", owner, required: true);
        var severityAt = ReadSeverityAt(context, subsections, owner + ".severity_at", levels);
        return rule is null || severityAt is null
            ? null
            : new SubsectionsModel(titles.Select(t => t.Value ?? string.Empty).ToEquatableArray(), rule, severityAt.ToEquatableArray());
    }

    // `severity_at: { minimal: warning }`: the severity the check reports at a level instead of its rule's own.
    private static List<LevelSeverityModel>? ReadSeverityAt(SchemaReadContext context, YamlMappingNode map, string owner, IReadOnlyList<LevelModel> levels)
    {
        var result = new List<LevelSeverityModel>();
        if (context.AsMapping(SchemaReadContext.Get(map, "severity_at"), owner) is not { } severities)
        {
            return result;
        }

        var valid = true;
        foreach (var pair in severities.Children)
        {
            var level = context.AsScalar(pair.Key, owner) is { } levelNode ? LevelReader.Refer(context, levelNode, levels) : null;
            var severity = SeverityReader.Read(context, pair.Value, owner);
            if (level is null || severity is null)
            {
                valid = false;
                continue;
            }

            result.Add(new LevelSeverityModel(level, severity));
        }

        return valid ? result : null;
    }

    private static EquatableArray<LineFieldModel> ReadLineFields(SchemaReadContext context, YamlMappingNode map, string key)
    {
        var owner = "sections." + key + ".line_fields";
        var fields = new List<LineFieldModel>();
        foreach (var fieldMap in context.MappingList(map, "line_fields"))
        {
            context.AllowKeys(fieldMap, owner, SchemaKeys.LineField);
            var nameNode = context.RequireScalar(fieldMap, "name", "line field");
            var rule = RuleReference.Read(context, fieldMap, "rule", owner, required: true);
            var nonEmpty = context.OptionalFlag(fieldMap, "non_empty");
            if (nameNode?.Value is { } name && rule is not null)
            {
                context.Name(NameGroups.LineFields, nameNode, declaration: false);
                fields.Add(new LineFieldModel(name, rule, nonEmpty));
            }
        }

        return fields.ToEquatableArray();
    }
}
