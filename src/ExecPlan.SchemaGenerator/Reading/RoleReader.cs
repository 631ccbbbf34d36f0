using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Model;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Reads `roles:`: each role in the fixed vocabulary, mapped to a part this schema declares.</summary>
internal static class RoleReader
{
    /// <summary>Reads the roles; call it after the sections, front matter and entries are read, since roles point at them.</summary>
    public static List<RoleModel> Read(SchemaReadContext context, YamlMappingNode root)
    {
        var roles = new List<RoleModel>();
        if (context.AsMapping(SchemaReadContext.Get(root, "roles"), "roles") is not { } map)
        {
            return roles;
        }

        context.AllowKeys(map, "roles", SchemaVocabulary.RoleGroups.Select(g => g.Key).ToArray());
        foreach (var (key, kind, names) in SchemaVocabulary.RoleGroups)
        {
            var owner = "roles." + key;
            if (context.AsMapping(SchemaReadContext.Get(map, key), owner) is not { } group)
            {
                continue;
            }

            context.AllowKeys(group, owner, names);
            var (targets, expected) = Targets(context, kind);
            foreach (var pair in group.Children)
            {
                if (context.AsScalar(pair.Key, owner) is not { Value: { } role } || !names.Contains(role)
                    || context.AsScalar(pair.Value, owner + "." + role) is not { } target)
                {
                    continue;
                }

                if (targets.Contains(target.Value ?? string.Empty))
                {
                    roles.Add(new RoleModel(kind, role, target.Value!));
                }
                else
                {
                    context.Report(SchemaDiagnosticIds.InvalidValue, target, target.Value ?? string.Empty, owner + "." + role, expected);
                }
            }
        }

        return roles;
    }

    /// <summary>
    /// The names a role of this kind may point at, and how to say so in a diagnostic. They come from every name read, even of a part
    /// that had an error of its own, so that one mistake is not reported twice.
    /// </summary>
    private static (HashSet<string> Targets, string Expected) Targets(SchemaReadContext context, string kind)
    {
        var (group, expected) = kind switch
        {
            "section" => (NameGroups.Sections, "the key of a section or extra section of this schema"),
            "front_matter" => (NameGroups.Fields, "a front-matter field of this schema"),
            "line_field" => (NameGroups.LineFields, "a line field of a section of this schema"),
            _ => (NameGroups.EntryFields, "a field or alias of an entry kind of this schema"),
        };
        return (new HashSet<string>(context.Names.Where(n => n.Group == group).Select(n => n.Text)), expected);
    }
}
