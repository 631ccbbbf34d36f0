namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>Each schema file is independent: its own namespace, its own hint names, no collisions.</summary>
public sealed class SecondSchemaTests
{
    [Fact]
    public void Two_schemas_generate_into_their_own_namespaces_and_compile_together()
    {
        var (result, output) = GeneratorHarness.Run(
            GeneratorHarness.Schema(RepositoryFiles.SchemaPath),
            GeneratorHarness.Schema(RepositoryFiles.CookbookSchemaPath));

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.True(GeneratorHarness.Problems(output) is [], string.Join("\n", GeneratorHarness.Problems(output)));
        var cookbook = result.GeneratedSources.Where(s => s.HintName.StartsWith("Cookbook.", StringComparison.Ordinal)).ToList();
        Assert.Contains(cookbook, s => s.HintName == "Cookbook.Sections.g.cs");
        Assert.Contains(cookbook, s => s.HintName == "Cookbook.Course.g.cs");
        Assert.All(cookbook, s => Assert.Contains("namespace Cookbook.Schema.Generated;", s.SourceText.ToString(), StringComparison.Ordinal));
        Assert.NotNull(output.GetTypeByMetadataName("Cookbook.Schema.Generated.Sections"));
        Assert.NotNull(output.GetTypeByMetadataName("ExecPlan.Schema.Generated.Sections"));
        Assert.NotNull(output.GetTypeByMetadataName("Cookbook.Schema.Generated.CourseValues"));
    }

    [Fact]
    public void A_schema_names_its_own_levels_and_each_section_gives_its_requirement_at_each()
    {
        var source = BothSchemasCompiled();
        var levels = source("Cookbook.LevelNames.g.cs");
        Assert.Contains("public const string Feast = \"feast\";", levels, StringComparison.Ordinal);
        Assert.Contains("public const string Weeknight = \"weeknight\";", levels, StringComparison.Ordinal);
        Assert.Contains("new(LevelNames.Feast, 0, \"Every course.\"), new(LevelNames.Weeknight, 1, \"Just the essentials.\"))", source("Cookbook.PlanSchemaDefinition.g.cs"), StringComparison.Ordinal);
        var sections = source("Cookbook.Sections.g.cs");
        Assert.Contains("Title: SectionTitles.MethodAndTiming, Order: 1, Requirements: global::System.Collections.Immutable.ImmutableArray.Create<global::ExecPlan.Schema.Requirement>( global::ExecPlan.Schema.Requirement.Must, global::ExecPlan.Schema.Requirement.Should),", sections, StringComparison.Ordinal);
        // The validator walks the requirements at the plan's level; it names no level itself.
        var validator = source("Cookbook.SchemaValidator.g.cs");
        Assert.Contains("checks.Required(Sections.Schema,", validator, StringComparison.Ordinal);
        Assert.DoesNotContain("standard", validator, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("minimal", validator, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_schema_declares_its_repository_files_timestamps_and_prose_rule()
    {
        var source = BothSchemasCompiled();
        var conventions = source("Cookbook.RepositoryConventions.g.cs");
        Assert.Contains("public const string PolicyPointer = \"KITCHEN.md\";", conventions, StringComparison.Ordinal);
        Assert.Contains("public const string LockFile = \".stove-locks.yaml\";", conventions, StringComparison.Ordinal);
        Assert.Contains("public const string PlanFileConvention = \"<dish>-RECIPE.md\";", conventions, StringComparison.Ordinal);
        Assert.Contains("public const string Burner = \"burner\";", source("Cookbook.LockFileFields.g.cs"), StringComparison.Ordinal);
        var definition = source("Cookbook.PlanSchemaDefinition.g.cs");
        Assert.Contains("LockFields: global::System.Collections.Immutable.ImmutableArray.Create<global::ExecPlan.Schema.LockFieldDescriptor>( new global::ExecPlan.Schema.LockFieldDescriptor(\"lock\", LockFileFields.Burner, true, \"Which burner.\")),", definition, StringComparison.Ordinal);
        Assert.Contains("Discover: global::System.Collections.Immutable.ImmutableArray.Create<string>(\"**/recipes/**/*.md\"),", definition, StringComparison.Ordinal);
        Assert.Contains("Timestamps: global::ExecPlan.Schema.TimestampForm.ZonedMinutes, ProseFirst: true,", definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Hint_names_are_unique_across_schemas()
    {
        var (result, _) = GeneratorHarness.Run(
            GeneratorHarness.Schema(RepositoryFiles.SchemaPath),
            GeneratorHarness.Schema(RepositoryFiles.CookbookSchemaPath));

        var hints = result.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(hints.Count, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void A_second_file_with_the_same_schema_name_is_reported_not_a_crash()
    {
        var cookbook = File.ReadAllText(RepositoryFiles.CookbookSchemaPath);
        var copy = cookbook.Replace("namespace: Cookbook.Schema.Generated", "namespace: Cookbook.Copy", StringComparison.Ordinal);

        var (result, output) = GeneratorHarness.Run(
            new InMemoryAdditionalText("/b/cookbook.schema.yaml", copy),
            new InMemoryAdditionalText("/a/cookbook.schema.yaml", cookbook),
            GeneratorHarness.Schema(RepositoryFiles.SchemaPath));

        Assert.Null(result.Exception);
        var clash = Assert.Single(result.Diagnostics);
        Assert.Equal("EPG021", clash.Id);
        Assert.Equal("/b/cookbook.schema.yaml", clash.Location.GetLineSpan().Path);
        Assert.Equal(4, clash.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.NotNull(output.GetTypeByMetadataName("Cookbook.Schema.Generated.Sections"));
        Assert.Null(output.GetTypeByMetadataName("Cookbook.Copy.Sections"));
    }

    // Generates and compiles both schemas (asserting no problem) and gives each generated source as one line with single spaces,
    // so assertions don't depend on how the emitter breaks lines.
    private static Func<string, string> BothSchemasCompiled()
    {
        var (result, output) = GeneratorHarness.Run(
            GeneratorHarness.Schema(RepositoryFiles.SchemaPath),
            GeneratorHarness.Schema(RepositoryFiles.CookbookSchemaPath));
        Assert.True(GeneratorHarness.Problems(output) is [], string.Join("\n", GeneratorHarness.Problems(output)));
        return hint => string.Join(' ', result.GeneratedSources.Single(s => s.HintName == hint).SourceText.ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
