using System;
using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Emitting;
using ExecPlan.SchemaGenerator.Model;
using ExecPlan.SchemaGenerator.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ExecPlan.SchemaGenerator;

/// <summary>Generates C# for every `*.schema.yaml` additional file, each schema into its own namespace.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class SchemaGenerator : IIncrementalGenerator
{
    /// <summary>The tracking name of the step that reads a schema file's text.</summary>
    public const string SourceStep = "SchemaSource";

    /// <summary>The tracking name of the step that parses and checks a schema.</summary>
    public const string ParseStep = "SchemaParse";

    /// <summary>The tracking name of the step that gathers every schema's name and namespace.</summary>
    public const string IdentityStep = "SchemaIdentities";

    /// <summary>The tracking name of the step that gathers the rule catalogue of every schema that declares rules.</summary>
    public const string CatalogueStep = "SchemaCatalogues";

    private const string SchemaSuffix = ".schema.yaml";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The text is copied into a value record first: AdditionalText has reference identity, and an
        // equal file in a new AdditionalText must not re-run the parse.
        var sources = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(SchemaSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => new SchemaSource(file.Path, file.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(SourceStep);

        var parsed = sources
            .Select(static (source, _) => SchemaReader.Read(source))
            .WithTrackingName(ParseStep);

        // Only names and namespaces are gathered across files, so editing one schema's body re-emits that schema alone.
        var identities = parsed
            .Where(static result => result.Model is not null)
            .Select(static (result, _) => new SchemaIdentity(result.Path, Identifier.From(result.Model!.Name), result.Model.Namespace))
            .Collect()
            .Select(static (all, _) => all.ToEquatableArray())
            .WithTrackingName(IdentityStep);

        // Likewise only rule IDs and member names: a schema may report another's rules (`schema.catalogue`).
        var catalogues = parsed
            .Where(static result => result.Model is { Rules.Count: > 0 })
            .Select(static (result, _) => new SchemaCatalogue(
                result.Model!.Name,
                result.Model.Namespace,
                result.Model.Rules.Select(r => new CatalogueRule(r.Id, Identifier.From(r.Name))).ToEquatableArray()))
            .Collect()
            .Select(static (all, _) => all.ToEquatableArray())
            .WithTrackingName(CatalogueStep);

        context.RegisterSourceOutput(
            parsed.Combine(identities).Combine(catalogues),
            static (production, input) => Produce(production, input.Left.Left, input.Left.Right, input.Right));
    }

    private static void Produce(
        SourceProductionContext production,
        SchemaParseResult result,
        EquatableArray<SchemaIdentity> identities,
        EquatableArray<SchemaCatalogue> catalogues)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Report(production, result.Path, diagnostic.Span, diagnostic.Id, diagnostic.Arguments.Cast<object>().ToArray());
        }

        if (result.Model is not { } model || Clashes(production, result, identities))
        {
            return;
        }

        RuleNames? catalogue = null;
        if (result.Catalogue is { } use)
        {
            var problems = new List<SchemaDiagnostic>();
            catalogue = CatalogueResolver.Resolve(use, catalogues, problems);
            foreach (var problem in problems)
            {
                Report(production, result.Path, problem.Span, problem.Id, problem.Arguments.Cast<object>().ToArray());
            }

            if (catalogue is null)
            {
                return;
            }
        }

        foreach (var source in SchemaEmitter.Emit(model, catalogue))
        {
            production.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
        }
    }

    /// <summary>Two files with one name would emit the same hint names (a compiler crash); the first path in ordinal order wins.</summary>
    private static bool Clashes(SourceProductionContext production, SchemaParseResult result, EquatableArray<SchemaIdentity> identities)
    {
        var self = new SchemaIdentity(result.Path, Identifier.From(result.Model!.Name), result.Model.Namespace);
        var earlier = identities.Where(other => string.CompareOrdinal(other.Path, self.Path) < 0).ToList();
        if (earlier.FirstOrDefault(o => string.Equals(o.HintPrefix, self.HintPrefix, StringComparison.OrdinalIgnoreCase)) is { } sameName)
        {
            Report(production, result.Path, result.NameSpan, SchemaDiagnosticIds.SchemaClash, "name", result.Model.Name, sameName.Path);
            return true;
        }

        if (earlier.FirstOrDefault(o => o.Namespace == self.Namespace) is { } sameNamespace)
        {
            Report(production, result.Path, result.NameSpan, SchemaDiagnosticIds.SchemaClash, "namespace", self.Namespace, sameNamespace.Path);
            return true;
        }

        return false;
    }

    private static void Report(SourceProductionContext production, string path, SourceSpan span, string id, params object[] arguments) =>
        production.ReportDiagnostic(Diagnostic.Create(SchemaDiagnosticDescriptors.Get(id), LocationOf(path, span), arguments));

    private static Location LocationOf(string path, SourceSpan span) => Location.Create(
        path,
        new TextSpan(span.Start, span.Length),
        new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
}
