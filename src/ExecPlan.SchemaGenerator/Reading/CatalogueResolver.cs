using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Emitting;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Resolves a schema's `schema.catalogue` and its rule IDs against the schemas of the compilation that declare rules.</summary>
internal static class CatalogueResolver
{
    /// <summary>The catalogue's rule names, or null when the catalogue or one of the rule IDs is unknown (reported in <paramref name="problems"/>).</summary>
    public static RuleNames? Resolve(CatalogueUse use, IEnumerable<SchemaCatalogue> catalogues, List<SchemaDiagnostic> problems)
    {
        var known = catalogues.ToList();
        if (known.FirstOrDefault(c => c.Name == use.Name) is not { } catalogue)
        {
            var names = known.Count == 0 ? "none here" : string.Join(", ", known.Select(c => c.Name).OrderBy(n => n, System.StringComparer.Ordinal));
            problems.Add(Problem(SchemaDiagnosticIds.InvalidValue, use.Span, use.Name, "schema.catalogue", "the name of a schema with rules in this compilation (" + names + ")"));
            return null;
        }

        var ids = new HashSet<string>(catalogue.Rules.Select(r => r.Id));
        var unknown = use.Rules.Where(r => !ids.Contains(r.Id)).ToList();
        problems.AddRange(unknown.Select(r => Problem(SchemaDiagnosticIds.UnknownRule, r.Span, r.Id, r.Owner)));
        return unknown.Count == 0 ? RuleNames.Of(catalogue) : null;
    }

    private static SchemaDiagnostic Problem(string id, SourceSpan span, params string[] arguments) => new(id, arguments.ToEquatableArray(), span);
}
