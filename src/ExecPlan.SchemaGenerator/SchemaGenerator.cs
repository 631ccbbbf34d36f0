using System;
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

        context.RegisterSourceOutput(parsed, static (production, result) => Produce(production, result));
    }

    private static void Produce(SourceProductionContext production, SchemaParseResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            production.ReportDiagnostic(Diagnostic.Create(
                SchemaDiagnosticDescriptors.Get(diagnostic.Id),
                LocationOf(result.Path, diagnostic.Span),
                diagnostic.Arguments.Cast<object>().ToArray()));
        }

        if (result.Model is null)
        {
            return;
        }

        foreach (var source in SchemaEmitter.Emit(result.Model))
        {
            production.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
        }
    }

    private static Location LocationOf(string path, SourceSpan span) => Location.Create(
        path,
        new TextSpan(span.Start, span.Length),
        new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
}
