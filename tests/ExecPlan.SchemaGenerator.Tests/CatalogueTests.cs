using Microsoft.CodeAnalysis;

namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>A schema with `schema.catalogue` reports another schema's rules: resolved across files, located when wrong.</summary>
public sealed class CatalogueTests
{
    private const string CookbookPath = "/schemas/cookbook.schema.yaml";

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // name, original text, replacement, expected ID, marker on the expected line
        { "unknown catalogue", "  catalogue: ExecPlan", "  catalogue: ExecPlans", "EPG004", "catalogue: ExecPlans" },
        { "rule the catalogue lacks", "  must: EXP0202", "  must: EXP9999", "EPG008", "EXP9999" },
        { "entry rule the catalogue lacks", "    rule: EXP0502", "    rule: EXP0599", "EPG008", "EXP0599" },
        { "rules beside a catalogue", "\nroles:\n", "\nrules: []\nroles:\n", "EPG022", "rules: []" },
        { "families beside a catalogue", "\nroles:\n", "\nfamilies: []\nroles:\n", "EPG022", "families: []" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_catalogue_use_is_located_and_only_that_schema_emits_nothing(string name, string original, string replacement, string id, string marker)
    {
        var valid = File.ReadAllText(RepositoryFiles.RealCookbookSchemaPath).ReplaceLineEndings("\n");
        Assert.True(valid.Contains(original, StringComparison.Ordinal), name + ": the original text is not in the cookbook schema");
        var broken = valid.Replace(original, replacement, StringComparison.Ordinal);

        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Schema(RepositoryFiles.SchemaPath), new InMemoryAdditionalText(CookbookPath, broken));

        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.StartsWith("Cookbook.", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedSources, s => s.HintName == "ExecPlan.RuleCatalog.g.cs");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(CookbookPath, span.Path);
        Assert.Equal(broken.AsSpan(0, broken.IndexOf(marker, StringComparison.Ordinal)).Count('\n') + 1, span.StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_catalogue_schema_alone_reports_the_missing_catalogue()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Schema(RepositoryFiles.RealCookbookSchemaPath));

        Assert.Equal("EPG004", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("title:\n  prefix: \"\"\n  placeholder: \"<Short, action-oriented description>\"\n", "TitlePrefix: \"\"", "Text: \"# \\n\" +")]
    [InlineData("", "ValidateFrontMatter: null", "Text: \"# <Short, action-oriented description>\\n\" +")]
    public void A_schema_without_front_matter_or_title_compiles(string removed, string expected, string templateStart)
    {
        var text = File.ReadAllText(RepositoryFiles.RealCookbookSchemaPath).ReplaceLineEndings("\n");
        var edited = removed.Length == 0 ? text : text.Replace(removed, string.Empty, StringComparison.Ordinal);

        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Schema(RepositoryFiles.SchemaPath), new InMemoryAdditionalText(CookbookPath, edited));

        Assert.Empty(result.Diagnostics);
        Assert.True(GeneratorHarness.Problems(output) is [], string.Join("\n", GeneratorHarness.Problems(output)));
        var definition = result.GeneratedSources.Single(s => s.HintName == "Cookbook.PlanSchemaDefinition.g.cs").SourceText.ToString();
        Assert.Contains(expected, definition, StringComparison.Ordinal);
        var templates = result.GeneratedSources.Single(s => s.HintName == "Cookbook.Templates.g.cs").SourceText.ToString();
        Assert.Contains(templateStart, templates, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_catalogue_user_re_emits_only_that_schema()
    {
        var execPlan = GeneratorHarness.Schema(RepositoryFiles.SchemaPath);
        var cookbook = GeneratorHarness.Schema(RepositoryFiles.RealCookbookSchemaPath);
        var edited = new InMemoryAdditionalText(cookbook.Path, cookbook.GetText()!.ToString().Replace("A Decision Log entry.", "One Decision Log entry.", StringComparison.Ordinal));
        var compilation = GeneratorHarness.EngineCompilation();
        var driver = GeneratorHarness.CreateDriver(execPlan, cookbook).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(cookbook, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        Assert.All(
            result.TrackedSteps[SchemaGenerator.CatalogueStep].SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        var reasons = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
    }
}
