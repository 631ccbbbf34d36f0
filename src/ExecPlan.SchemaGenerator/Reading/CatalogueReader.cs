using System.Linq;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Model;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Reads `schema.catalogue`: a schema that reports another schema's rules declares none of its own.</summary>
internal static class CatalogueReader
{
    /// <summary>The catalogue name node, or null; a `rules:` or `families:` beside it is reported at its key.</summary>
    public static YamlScalarNode? Read(SchemaReadContext context, YamlMappingNode? header, YamlMappingNode root)
    {
        if (header is null || context.AsScalar(SchemaReadContext.Get(header, "catalogue"), "catalogue") is not { } node)
        {
            return null;
        }

        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>().Where(k => k.Value is "rules" or "families"))
        {
            context.Report(SchemaDiagnosticIds.CatalogueConflict, key, node.Value ?? string.Empty, key.Value!);
        }

        return node;
    }

    /// <summary>The rule IDs the schema refers to, for resolution once every schema of the compilation is read.</summary>
    public static CatalogueUse Use(SchemaReadContext context, YamlScalarNode node) => new(
        node.Value ?? string.Empty,
        SchemaReadContext.SpanOf(node),
        context.References.Where(r => r.Kind == ReferenceKind.Rule).Select(r => new RuleUse(r.Name, r.Owner, r.Span)).ToEquatableArray());
}
