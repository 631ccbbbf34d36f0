using System.Collections.Generic;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Model;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Reads `front_matter:` (its checks and fields).</summary>
internal static class FrontMatterReader
{
    public static FrontMatterModel? Read(SchemaReadContext context, YamlMappingNode root)
    {
        if (context.AsMapping(SchemaReadContext.Get(root, "front_matter"), "front_matter") is not { } map)
        {
            return null;
        }

        context.AllowKeys(map, "front_matter", SchemaKeys.FrontMatter);
        var checks = ReadChecks(context, map);
        var fields = new List<FieldModel>();
        foreach (var fieldMap in context.MappingList(map, "fields"))
        {
            if (ReadField(context, fieldMap) is { } field)
            {
                fields.Add(field);
            }
        }

        return checks is null ? null : new FrontMatterModel(checks, fields.ToEquatableArray());
    }

    private static FrontMatterChecksModel? ReadChecks(SchemaReadContext context, YamlMappingNode map)
    {
        if (context.AsMapping(context.Require(map, "checks", "front_matter"), "front_matter.checks") is not { } checks)
        {
            return null;
        }

        context.AllowKeys(checks, "front_matter.checks", SchemaKeys.FrontMatterChecks);
        string? Rule(string key) => RuleReference.Read(context, checks, key, "front_matter.checks", required: true);
        var missing = Rule("missing");
        var type = Rule("type");
        var id = Rule("id");
        var enumRule = Rule("enum");
        var timestamp = Rule("timestamp");
        var unknown = Rule("unknown");
        return missing is null || type is null || id is null || enumRule is null || timestamp is null || unknown is null
            ? null
            : new FrontMatterChecksModel(missing, type, id, enumRule, timestamp, unknown);
    }

    private static FieldModel? ReadField(SchemaReadContext context, YamlMappingNode map)
    {
        context.AllowKeys(map, "front matter field", SchemaKeys.Field);
        var nameNode = context.RequireScalar(map, "name", "front matter field");
        var kindNode = context.RequireScalar(map, "kind", "front matter field");
        if (nameNode?.Value is not { } name || kindNode?.Value is not { } kindText)
        {
            return null;
        }

        context.Name(NameGroups.Fields, nameNode, declaration: true);
        if (!SchemaVocabulary.FieldKinds.TryGetValue(kindText, out var kind))
        {
            context.Report(SchemaDiagnosticIds.InvalidValue, kindNode, kindText, "kind", "text, id, enum or timestamp");
            return null;
        }

        string? enumName = null;
        if (kind == "Enum" && context.RequireScalar(map, "enum", "enum field '" + name + "'") is { } enumNode)
        {
            enumName = enumNode.Value;
            context.Refer(ReferenceKind.Enum, enumNode, "front_matter.fields." + name);
        }

        return new FieldModel(
            name,
            kind,
            context.OptionalFlag(map, "required"),
            context.OptionalText(map, "pattern"),
            enumName,
            context.OptionalText(map, "description") ?? string.Empty);
    }
}
