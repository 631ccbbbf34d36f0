using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>
/// Runs the generator over an in-memory compilation that holds the engine's own descriptor and check
/// sources (read from src/ExecPlan), so the generated code is compiled against the real contracts.
/// </summary>
internal static class GeneratorHarness
{
    private static readonly string[] EngineFiles =
    [
        "Schema/EntryDescriptor.cs",
        "Schema/EntryFieldDescriptor.cs",
        "Schema/FieldDescriptor.cs",
        "Schema/FieldKind.cs",
        "Schema/Requirement.cs",
        "Schema/RuleDescriptor.cs",
        "Schema/SectionDescriptor.cs",
        "Schema/TemplateDescriptor.cs",
        "Schema/PlanSchemaData.cs",
        "Schema/SchemaRole.cs",
        "Schema/SectionAlias.cs",
        "Schema/PlanLevel.cs",
        "Schema/RepositoryLayout.cs",
        "Schema/TimestampForm.cs",
        "Rules/Checks/IEntryChecks.cs",
        "Rules/Checks/IFrontMatterChecks.cs",
        "Rules/Checks/IStructureChecks.cs",
        "Rules/ImplementsRuleAttribute.cs",
        "Diagnostics/Severity.cs",
    ];

    // The engine builds with ImplicitUsings; its sources rely on these.
    private const string ImplicitUsings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static CSharpCompilation EngineCompilation()
    {
        var trees = EngineFiles
            .Select(file => Path.Combine(RepositoryFiles.Root, "src", "ExecPlan", file))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, "ImplicitUsings.cs"));
        return CSharpCompilation.Create(
            "GeneratedSchemaTests",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static GeneratorDriver CreateDriver(params AdditionalText[] schemas) =>
        CSharpGeneratorDriver.Create(
            [new SchemaGenerator().AsSourceGenerator()],
            schemas,
            ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns the run result and the compilation with the generated sources added.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(params AdditionalText[] schemas)
    {
        var driver = CreateDriver(schemas).RunGeneratorsAndUpdateCompilation(EngineCompilation(), out var output, out _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    public static AdditionalText Schema(string path) => new InMemoryAdditionalText(path, File.ReadAllText(path));

    /// <summary>Errors and warnings of the compilation, formatted for an assertion message.</summary>
    public static string[] Problems(Compilation compilation) =>
        compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToArray();
}
