using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Model;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Reads `templates:` and `template_tokens:`, resolving each template's sections in schema order.</summary>
internal static class TemplateReader
{
    public static List<TemplateModel> Read(SchemaReadContext context, YamlMappingNode root, IReadOnlyList<SectionModel> sections, IReadOnlyList<LevelModel> levels)
    {
        var templates = new List<TemplateModel>();
        foreach (var map in context.MappingList(root, "templates"))
        {
            if (ReadTemplate(context, map, sections, levels) is { } template)
            {
                templates.Add(template);
            }
        }

        return templates;
    }

    public static List<TokenModel> ReadTokens(SchemaReadContext context, YamlMappingNode root)
    {
        var tokens = new List<TokenModel>();
        if (context.AsMapping(SchemaReadContext.Get(root, "template_tokens"), "template_tokens") is not { } map)
        {
            return tokens;
        }

        foreach (var pair in map.Children)
        {
            if (context.AsScalar(pair.Key, "template_tokens") is { } key && context.AsScalar(pair.Value, key.Value ?? string.Empty) is { } value)
            {
                context.Name(NameGroups.Tokens, key, declaration: true);
                tokens.Add(new TokenModel(key.Value ?? string.Empty, value.Value ?? string.Empty));
            }
        }

        return tokens;
    }

    private static TemplateModel? ReadTemplate(SchemaReadContext context, YamlMappingNode map, IReadOnlyList<SectionModel> sections, IReadOnlyList<LevelModel> levels)
    {
        context.AllowKeys(map, "template", SchemaKeys.Template);
        var nameNode = context.RequireScalar(map, "name", "template");
        if (nameNode?.Value is not { } name)
        {
            return null;
        }

        context.Name(NameGroups.Templates, nameNode, declaration: true);
        var description = context.OptionalText(map, "description") ?? string.Empty;
        var schemaSections = sections.Where(s => !s.IsExtra).ToList();
        if (context.OptionalFlag(map, "add_on"))
        {
            context.Require(map, "sections", "add-on template '" + name + "'");
            var named = new HashSet<string>();
            var valid = true;
            foreach (var keyNode in context.ScalarList(map, "sections"))
            {
                if (schemaSections.Any(s => s.Key == keyNode.Value))
                {
                    named.Add(keyNode.Value!);
                }
                else
                {
                    context.Report(SchemaDiagnosticIds.UnknownTemplateSection, keyNode, name, keyNode.Value ?? string.Empty);
                    valid = false;
                }
            }

            var keys = schemaSections.Where(s => named.Contains(s.Key)).Select(s => s.Key);
            return valid ? new TemplateModel(name, description, true, keys.ToEquatableArray()) : null;
        }

        if (context.RequireScalar(map, "level", "template '" + name + "'") is not { } levelNode)
        {
            return null;
        }

        if (LevelReader.Refer(context, levelNode, levels) is not { } level)
        {
            return null;
        }

        var index = levels.Select(l => l.Name).ToList().IndexOf(level);
        var atLevel = schemaSections
            .Where(s => s.Requirements[index] is "Must" or "Should")
            .Select(s => s.Key);
        return new TemplateModel(name, description, false, atLevel.ToEquatableArray());
    }
}
