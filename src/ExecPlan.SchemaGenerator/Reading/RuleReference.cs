using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Reads a key whose value names a rule ID and records it for the cross-reference pass.</summary>
internal static class RuleReference
{
    public static string? Read(SchemaReadContext context, YamlMappingNode map, string key, string owner, bool required)
    {
        var node = required ? context.RequireScalar(map, key, owner) : context.AsScalar(SchemaReadContext.Get(map, key), key);
        if (node?.Value is null)
        {
            return null;
        }

        context.Refer(ReferenceKind.Rule, node, owner + "." + key);
        return node.Value;
    }
}
