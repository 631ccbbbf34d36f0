using Microsoft.CodeAnalysis;

namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>
/// Malformed schemas: each case breaks the cookbook schema in one place and expects one EPG diagnostic on
/// the line of the marker text, no exception, and no generated source for that file.
/// </summary>
public sealed class BrokenSchemaTests
{
    private const string BrokenPath = "/schemas/broken.schema.yaml";

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // name, original text, replacement, expected ID, marker on the expected line
        { "YAML syntax error", "  title: Cookbook recipes", "  title: Cookbook: recipes", "EPG001", "Cookbook: recipes" },
        { "unknown rule reference", "  must: EXP0202", "  must: EXP9999", "EPG008", "EXP9999" },
        { "duplicate rule id", "{id: EXP0208, name: empty-section", "{id: EXP0205, name: empty-section", "EPG006", "id: EXP0205, name: empty-section" },
        { "sections of the wrong type", "sections:\n  - key: Ingredients", "sections: oops\nunused:\n  - key: Ingredients", "EPG003", "sections: oops" },
        { "unknown enum on a field", "      enum: Course", "      enum: Cuisine", "EPG005", "enum: Cuisine" },
        { "bad rule id", "{id: EXP0503,", "{id: RULE503,", "EPG007", "RULE503" },
        { "unknown requirement", "    weeknight: should", "    weeknight: sometimes", "EPG010", "sometimes" },
        { "unknown severity", "      - name: Item\n        severity: error", "      - name: Item\n        severity: fatal", "EPG011", "fatal" },
        { "duplicate section title", "    title: Method & Timing", "    title: Ingredients", "EPG009", "title: Ingredients\n    feast: must\n    weeknight: should" },
        { "alias repeats a title", "    title: Method & Timing\n", "    title: Method & Timing\n    aliases: [Method, Ingredients]\n", "EPG009", "aliases: [Method, Ingredients]" },
        { "template names an unknown section", "sections: [MethodAndTiming]", "sections: [Dessert]", "EPG012", "[Dessert]" },
        { "missing required key", "  - key: MethodAndTiming\n    title: Method & Timing\n", "  - key: MethodAndTiming\n", "EPG002", "key: MethodAndTiming" },
        { "unknown entry kind", "    entries: Ingredient", "    entries: Garnish", "EPG013", "Garnish" },
        { "misspelt key", "      required: true\n      description: The course", "      requried: true\n      description: The course", "EPG019", "requried" },
        { "invalid namespace", "  namespace: Cookbook.Schema.Generated", "  namespace: Cookbook Schema", "EPG020", "Cookbook Schema" },
        { "missing template token", "  course: \"main-course\"\n", "", "EPG017", "template_tokens:\n  id" },
        { "rule flag that is not true or false", "message: \"The ingredient lacks {missing}.\", help", "message: \"The ingredient lacks {missing}.\", placed_where_missing: sometimes, help", "EPG004", "sometimes" },
        { "entry field name with a colon", "      - name: Amount\n", "      - name: \"Amount: g\"\n", "EPG004", "Amount: g" },
        { "unknown role", "    steps: MethodAndTiming", "    stepz: MethodAndTiming", "EPG019", "stepz" },
        { "role of a missing section", "    references: Notes", "    references: Footnotes", "EPG004", "Footnotes" },
        { "role of a missing field", "    id: id\n", "    id: slug\n", "EPG004", "id: slug" },
        { "role of a missing entry field", "    source: Item", "    source: Origin", "EPG004", "Origin" },
        { "role group of the wrong kind", "  entry_fields:\n    source: Item", "  entry_fields: [Item]", "EPG003", "[Item]" },
        { "section without a level's requirement", "    feast: must\n    weeknight: should\n", "    feast: must\n", "EPG002", "key: MethodAndTiming" },
        { "requirement at an undeclared level", "    weeknight: should\n", "    weeknight: should\n    brunch: must\n", "EPG019", "brunch: must" },
        { "template at an undeclared level", "    level: feast", "    level: brunch", "EPG004", "level: brunch" },
        { "level name that is a section key", "  - name: weeknight\n", "  - name: title\n", "EPG020", "name: title" },
        { "duplicate level", "  - name: weeknight\n    description: Just the essentials.\n", "  - name: feast\n    description: Just the essentials.\n", "EPG015", "name: feast\n    description: Just the essentials." },
        { "timestamp form", "  timestamps: zoned-minutes", "  timestamps: sundial", "EPG004", "sundial" },
        { "repository file that is a path", "  policy_pointer: KITCHEN.md", "  policy_pointer: docs/KITCHEN.md", "EPG004", "docs/KITCHEN.md" },
        { "plan file pattern that is not a regex", "  name_pattern: '^[a-z-]+-RECIPE\\.md$'", "  name_pattern: '^[a-z-+-RECIPE'", "EPG004", "^[a-z-+-RECIPE" },
        { "lock field in an unknown mapping", "in: lock, required: true", "in: oven, required: true", "EPG004", "in: oven" },
        { "misspelt repository key", "  plan_files:\n", "  plan_filez:\n", "EPG019", "plan_filez" },
        { "not_plans entry with a folder", "not_plans: [README.md]", "not_plans: [docs/README.md]", "EPG004", "docs/README.md" },
        { "not_plans entry with a wildcard inside", "not_plans: [README.md]", "not_plans: [\"READ*.md\"]", "EPG004", "READ*.md" },
        { "not_plans entry that is only a star", "not_plans: [README.md]", "not_plans: [\"*\"]", "EPG004", "not_plans: [\"*\"]" },
        { "not_plans folder of two segments", "not_plans: [README.md]", "not_plans: [docs/milestones/]", "EPG004", "docs/milestones/" },
        { "unknown condition rule", "    weeknight: should\n", "    weeknight: should\n    condition: vegan\n    condition_rule: EXP0999\n", "EPG008", "EXP0999" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_schema_reports_a_located_diagnostic_and_emits_nothing(string name, string original, string replacement, string id, string marker)
    {
        var valid = File.ReadAllText(RepositoryFiles.CookbookSchemaPath).ReplaceLineEndings("\n");
        Assert.True(valid.Contains(original, StringComparison.Ordinal), name + ": the original text is not in the cookbook schema");
        var broken = valid.Replace(original, replacement, StringComparison.Ordinal);
        var expectedLine = LineOf(broken, marker);

        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText(BrokenPath, broken));

        Assert.Null(result.Exception);
        Assert.Empty(result.GeneratedSources);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(BrokenPath, span.Path);
        Assert.True(expectedLine == span.StartLinePosition.Line + 1, $"{name}: expected line {expectedLine}, got {span.StartLinePosition.Line + 1}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public void The_valid_cookbook_schema_reports_nothing()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Schema(RepositoryFiles.CookbookSchemaPath));

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("")]
    [InlineData("just a string")]
    [InlineData("- a\n- b\n")]
    [InlineData("schema: {name: X}\n")]
    [InlineData("schema:\n  name: X\n  namespace: Y\nrules: 5\nsections: {a: 1}\nenums: [1, [2]]\n")]
    [InlineData("\t- bad indentation\n  : :\n")]
    [InlineData("title: [unclosed\nversion: {\n")]
    public void Degenerate_input_never_throws_and_emits_nothing(string yaml)
    {
        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText(BrokenPath, yaml));

        Assert.Null(result.Exception);
        Assert.Empty(result.GeneratedSources);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("EPG", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_schema_does_not_stop_a_valid_one()
    {
        var (result, _) = GeneratorHarness.Run(
            new InMemoryAdditionalText(BrokenPath, "schema: ["),
            GeneratorHarness.Schema(RepositoryFiles.SchemaPath));

        Assert.Contains(result.Diagnostics, d => d.Id == "EPG001");
        Assert.All(result.GeneratedSources, s => Assert.StartsWith("ExecPlan.", s.HintName, StringComparison.Ordinal));
        Assert.NotEmpty(result.GeneratedSources);
    }

    private static int LineOf(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, "marker not found: " + marker);
        return text.AsSpan(0, index).Count('\n') + 1;
    }
}
