using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Model;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Reads `entries:` (entry kinds and their fields).</summary>
internal static class EntryReader
{
    public static List<EntryModel> Read(SchemaReadContext context, YamlMappingNode root, IReadOnlyList<LevelModel> levels)
    {
        var entries = new List<EntryModel>();
        foreach (var map in context.MappingList(root, "entries"))
        {
            if (ReadEntry(context, levels, map) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static EntryModel? ReadEntry(SchemaReadContext context, IReadOnlyList<LevelModel> levels, YamlMappingNode map)
    {
        context.AllowKeys(map, "entry kind", SchemaKeys.Entry);
        var nameNode = context.RequireScalar(map, "name", "entry kind");
        if (nameNode?.Value is not { } name)
        {
            return null;
        }

        context.Name(NameGroups.Entries, nameNode, declaration: true);
        var owner = "entries." + name;
        var rule = RuleReference.Read(context, map, "rule", owner, required: true);
        var timestamp = ReadTimestamp(context, map, owner);
        var fieldMaps = context.MappingList(map, "fields");
        var fields = fieldMaps.Select(f => ReadField(context, f, name, levels)).ToList();
        var fieldNames = new HashSet<string>(fields.Where(f => f is not null).Select(f => f!.Name));
        var leading = context.AsScalar(SchemaReadContext.Get(map, "leading_field"), "leading_field");
        CheckFieldNames(context, fieldNames, name, leading is null ? [] : [leading]);
        foreach (var fieldMap in fieldMaps)
        {
            CheckFieldNames(context, fieldNames, name, context.ScalarList(fieldMap, "alternatives"));
        }

        if (rule is null || timestamp is null || fields.Any(f => f is null))
        {
            return null;
        }

        return new EntryModel(
            name,
            context.OptionalText(map, "description") ?? string.Empty,
            timestamp.Value,
            leading?.Value,
            rule,
            fields.Select(f => f!).ToEquatableArray());
    }

    private static bool? ReadTimestamp(SchemaReadContext context, YamlMappingNode map, string owner)
    {
        if (context.RequireScalar(map, "timestamp", owner) is not { } node)
        {
            return null;
        }

        switch (node.Value)
        {
            case "required":
                return true;
            case "none":
                return false;
            default:
                context.Report(SchemaDiagnosticIds.InvalidValue, node, node.Value ?? string.Empty, "timestamp", "required or none");
                return null;
        }
    }

    private static EntryFieldModel? ReadField(SchemaReadContext context, YamlMappingNode map, string entryName, IReadOnlyList<LevelModel> levels)
    {
        context.AllowKeys(map, "entry field", SchemaKeys.EntryField);
        var nameNode = context.RequireScalar(map, "name", "field of entry kind '" + entryName + "'");
        var severity = SeverityReader.ReadRequired(context, map, "severity", "field of entry kind '" + entryName + "'");
        var aliases = context.ScalarList(map, "aliases");
        var alternatives = context.ScalarList(map, "alternatives");
        var levelNodes = context.ScalarList(map, "levels");
        var kind = context.AsScalar(SchemaReadContext.Get(map, "kind"), "kind");
        var enumNode = context.AsScalar(SchemaReadContext.Get(map, "enum"), "enum");
        if (nameNode?.Value is not { } name)
        {
            return null;
        }

        context.Name(NameGroups.FieldsOf(entryName), nameNode, declaration: true);
        context.Name(NameGroups.EntryFields, nameNode, declaration: false);
        foreach (var alias in aliases)
        {
            context.Name(NameGroups.EntryFields, alias, declaration: false);
        }

        if (enumNode is not null)
        {
            context.Refer(ReferenceKind.Enum, enumNode, "entries." + entryName + "." + name);
        }

        // The engine finds fields by their colon: a name is written before one and never holds one.
        var valid = severity is not null;
        foreach (var written in aliases.Prepend(nameNode))
        {
            var text = written.Value ?? string.Empty;
            if (text.Length == 0 || text.IndexOf(':') >= 0 || text.Trim().Length != text.Length)
            {
                context.Report(SchemaDiagnosticIds.InvalidValue, written, text, "name", "a field name without ':' or surrounding blanks");
                valid = false;
            }
        }

        // Where the field is required: the levels named (none named: every level).
        var fieldLevels = levelNodes.Select(l => LevelReader.Refer(context, l, levels)).ToList();
        valid &= fieldLevels.All(l => l is not null);

        if (kind is not null && kind.Value is not ("text" or "timestamp"))
        {
            context.Report(SchemaDiagnosticIds.InvalidValue, kind, kind.Value ?? string.Empty, "kind", "text or timestamp");
            valid = false;
        }

        return valid
            ? new EntryFieldModel(
                name,
                aliases.Select(a => a.Value ?? string.Empty).ToEquatableArray(),
                alternatives.Select(a => a.Value ?? string.Empty).ToEquatableArray(),
                severity!,
                fieldLevels.Select(l => l!).ToEquatableArray(),
                kind?.Value == "timestamp",
                enumNode?.Value)
            : null;
    }

    private static void CheckFieldNames(SchemaReadContext context, HashSet<string> fieldNames, string entryName, IEnumerable<YamlScalarNode> references)
    {
        foreach (var reference in references)
        {
            if (!fieldNames.Contains(reference.Value ?? string.Empty))
            {
                context.Report(SchemaDiagnosticIds.UnknownEntryField, reference, reference.Value ?? string.Empty, entryName);
            }
        }
    }
}
