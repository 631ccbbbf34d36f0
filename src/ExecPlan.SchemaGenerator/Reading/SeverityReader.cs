using ExecPlan.SchemaGenerator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Reads a severity word into the engine Severity member name.</summary>
internal static class SeverityReader
{
    public static string? ReadRequired(SchemaReadContext context, YamlMappingNode map, string key, string owner) =>
        Map(context, context.RequireScalar(map, key, owner));

    public static string? ReadOptional(SchemaReadContext context, YamlMappingNode map, string key) =>
        Map(context, context.AsScalar(SchemaReadContext.Get(map, key), key));

    public static string? Read(SchemaReadContext context, YamlNode node, string owner) =>
        Map(context, context.AsScalar(node, owner));

    private static string? Map(SchemaReadContext context, YamlScalarNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (SchemaVocabulary.Severities.TryGetValue(node.Value ?? string.Empty, out var severity))
        {
            return severity;
        }

        context.Report(SchemaDiagnosticIds.UnknownSeverity, node, node.Value ?? string.Empty);
        return null;
    }
}
