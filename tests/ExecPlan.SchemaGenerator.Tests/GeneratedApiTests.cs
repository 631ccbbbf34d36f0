using System.Collections.Immutable;

namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>The generated API behaves as the engine expects: parsing, lookups, rendered templates.</summary>
public sealed class GeneratedApiTests
{
    private const string Ns = "ExecPlan.Schema.Generated.";

    [Theory]
    [InlineData("IN_PROGRESS", true, "InProgress")]
    [InlineData("DRAFT", true, "Draft")]
    [InlineData("in_progress", false, "Draft")]
    [InlineData(null, false, "Draft")]
    public void Enum_TryParse_matches_the_exact_schema_text(string? text, bool parsed, string value)
    {
        var arguments = new object?[] { text, null };
        var result = GeneratedAssembly.Call(Ns + "PlanStatusValues", "TryParse", arguments);

        Assert.Equal(parsed, result);
        Assert.Equal(value, arguments[1]!.ToString());
    }

    [Fact]
    public void Enum_ToText_and_All_give_the_schema_texts_in_order()
    {
        var all = (ImmutableArray<string>)GeneratedAssembly.Static(Ns + "ProfileValues", "All")!;
        var repoNative = Enum.Parse(GeneratedAssembly.ForRealSchema.GetType(Ns + "Profile")!, "RepoNative");

        Assert.Equal(new[] { "codex-strict", "repo-native" }, all.ToArray());
        Assert.Equal("repo-native", GeneratedAssembly.Call(Ns + "ProfileValues", "ToText", repoNative));
    }

    [Fact]
    public void RuleCatalog_Find_gives_family_and_parameters()
    {
        var rule = GeneratedAssembly.Call(Ns + "RuleCatalog", "Find", "EXP0204")!;

        Assert.Equal("section-out-of-order", GeneratedAssembly.Get<string>(rule, "Name"));
        Assert.Equal("Structure", GeneratedAssembly.Get<string>(rule, "Family"));
        Assert.Equal(new[] { "section", "position" }, GeneratedAssembly.Get<ImmutableArray<string>>(rule, "Parameters").ToArray());
        Assert.Null(GeneratedAssembly.Call(Ns + "RuleCatalog", "Find", "EXP9999"));
    }

    [Fact]
    public void RuleCatalog_All_is_in_ID_order()
    {
        var all = ((System.Collections.IEnumerable)GeneratedAssembly.Static(Ns + "RuleCatalog", "All")!).Cast<object>()
            .Select(r => GeneratedAssembly.Get<string>(r, "Id"))
            .ToList();

        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Contains("EXP0905", all);
    }

    [Fact]
    public void Sections_Find_and_order()
    {
        var surprises = GeneratedAssembly.Call(Ns + "Sections", "Find", "Surprises & Discoveries")!;
        var seeAlso = GeneratedAssembly.Call(Ns + "Sections", "Find", "See Also")!;

        Assert.Equal(11, GeneratedAssembly.Get<int>(surprises, "Order"));
        Assert.Equal(-1, GeneratedAssembly.Get<int>(seeAlso, "Order"));
        Assert.True(GeneratedAssembly.Get<bool>(seeAlso, "IsExtra"));
        Assert.Null(GeneratedAssembly.Call(Ns + "Sections", "Find", "surprises & discoveries"));
    }

    [Fact]
    public void Standard_template_has_front_matter_title_and_each_must_and_should_section()
    {
        var text = GeneratedAssembly.Get<string>(GeneratedAssembly.Static(Ns + "Templates", "Standard")!, "Text");

        Assert.StartsWith("---\nid: <stable-id>\nstatus: DRAFT\nowner: <id>\ncreated: 2025-11-22T14:00:00Z\nupdated: 2025-11-22T14:00:00Z\nprofile: codex-strict\n---\n\n# PLAN: <Task Name>\n\n## Purpose / Big Picture\n\n<User-visible goal.", text, StringComparison.Ordinal);
        Assert.EndsWith("follow-ups.>\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\n## Milestones\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("## Inter-Agent Messages", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Minimal_template_leaves_out_optional_sections_and_the_add_on_is_sections_only()
    {
        var minimal = GeneratedAssembly.Get<string>(GeneratedAssembly.Static(Ns + "Templates", "Minimal")!, "Text");
        var addOn = GeneratedAssembly.Get<string>(GeneratedAssembly.Static(Ns + "Templates", "MultiAgent")!, "Text");

        Assert.DoesNotContain("## Context and Orientation", minimal, StringComparison.Ordinal);
        Assert.Contains("## Handoff Summary", minimal, StringComparison.Ordinal);
        Assert.StartsWith("## Inter-Agent Messages\n\n- 2025-11-22T14:00:00Z - From: <agent> To: <agent>\n", addOn, StringComparison.Ordinal);
        Assert.EndsWith("Acceptance/Test: <what proves it is done>\n", addOn, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_field_severity_none_is_Off_and_alternatives_are_emitted()
    {
        // The real schemas use neither any more (acceptance needs both Verify and Expected): the test schema does.
        var schema = File.ReadAllText(RepositoryFiles.CookbookSchemaPath)
            .Replace("      - name: Item\n        severity: error\n", "      - name: Item\n        severity: error\n        alternatives: [Amount]\n", StringComparison.Ordinal);
        var (run, _) = GeneratorHarness.Run(new InMemoryAdditionalText(RepositoryFiles.CookbookSchemaPath, schema));
        var entries = run.GeneratedSources.Single(s => s.HintName.EndsWith(".Entries.g.cs", StringComparison.Ordinal)).SourceText.ToString();

        Assert.Contains("Severity: global::ExecPlan.Diagnostics.Severity.Off", entries, StringComparison.Ordinal);
        Assert.Contains("Alternatives: global::System.Collections.Immutable.ImmutableArray.Create<string>(EntryFieldNames.Amount)", entries, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanSchemaDefinition_Data_is_built_from_the_generated_members()
    {
        var data = GeneratedAssembly.Static(Ns + "PlanSchemaDefinition", "Data")!;

        Assert.Equal("ExecPlan", GeneratedAssembly.Get<string>(data, "Name"));
        Assert.Equal("PLAN: ", GeneratedAssembly.Get<string>(data, "TitlePrefix"));
        Assert.Same(GeneratedAssembly.Static(Ns + "Sections", "PurposeBigPicture"), ((System.Collections.IEnumerable)GeneratedAssembly.Get<object>(data, "Sections")).Cast<object>().First());
        Assert.NotNull(GeneratedAssembly.Get<object>(data, "ValidateFrontMatter"));
        Assert.NotNull(GeneratedAssembly.Get<object>(data, "ValidateEntries"));
    }
}
