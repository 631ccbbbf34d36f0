using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using Cookbook = ExecPlan.Schema.Cookbook;

namespace ExecPlan.Templates.Tests;

/// <summary>
/// `dotnet new execplan --format cookbook`: one plan at `plans/&lt;slug&gt;.md` from the cookbook schema's template, linted under the
/// cookbook schema. A cookbook plan has no DRAFT status, so nothing is excused while it is new: a fresh plan reports each unfilled
/// placeholder (EXP0212, an error) and, at the standard level, a Validation and Acceptance section that names no command yet
/// (EXP0503). Nothing else: filling the placeholders in, with a command for the acceptance, is all it needs.
/// </summary>
[Collection(SharedTemplateHive.Name)]
public sealed class CookbookPlanTemplateTests(TemplateHive hive)
{
    private const string Slug = "fix-login-timeout";

    private static readonly PlanSchema Schema = PlanSchemas.Cookbook;

    public static TheoryData<string, string[], string> Scenarios => new()
    {
        { "standard", [], "standard" },
        { "minimal", ["--level", "minimal"], "minimal" },
        { "owner-title", ["--owner", "alice", "--title", "Fix the login timeout"], "standard" },
        // The ExecPlan format's own options are ignored for a cookbook plan: no add-on section, no lock file, no profile.
        { "execplan-options", ["--level", "minimal", "--multi-agent", "--profile", "repo-native"], "minimal" },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scaffolds_a_cookbook_plan_whose_only_findings_are_its_placeholders(string scenario, string[] options, string level)
    {
        using var scaffold = Scaffold.Create(hive, ["execplan", "-n", Slug, "--format", "cookbook", .. options]);
        Assert.True(scaffold.Result.ExitCode == 0, scaffold.Result.ToString());
        var conformance = Assert.Single(ExecPlan.Schema.PlanSchemas.LevelNames, name => name == level);

        Assert.Equal([$"plans/{Slug}.md"], scaffold.Files);
        var plan = File.ReadAllText(scaffold.PlanPath);
        AssertStampsAreNow(scaffold, plan);
        Assert.Contains($"{Cookbook.EntryFieldNames.DateAuthor}: {scaffold.Finished.UtcDateTime:yyyy-MM-dd} / ", plan, StringComparison.Ordinal);
        AssertNoMarkerLeft(plan);
        Assert.All(scaffold.Lint(conformance, Schema).All, d => Assert.True(IsExpectedOfAFreshPlan(d.Id, d.Span.Line, plan), d.ToString()));
        Snapshot.Verify("execplan.cookbook-" + scenario, scaffold.Snapshot(conformance, Schema));
    }

    [Fact]
    public void Sections_follow_the_cookbook_template_with_no_front_matter()
    {
        using var scaffold = Scaffold.Create(hive, ["execplan", "-n", Slug, "--format", "cookbook", "--title", "Fix it"]);
        var lines = File.ReadAllLines(scaffold.PlanPath);
        Assert.Equal("# Fix it", lines[0]);
        var headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]);
        var expected = Cookbook.Sections.Schema.Where(s => Cookbook.Templates.Standard.SectionKeys.Contains(s.Key)).Select(s => s.Title);
        Assert.Equal(expected, headings);
    }

    [Fact]
    public void A_folder_configured_for_the_cookbook_lints_the_plan_the_same_way()
    {
        static void Prepare(string root) => File.WriteAllText(Path.Combine(root, ".execplan.yaml"), "schema: cookbook\n");
        using var scaffold = Scaffold.Create(hive, ["execplan", "-n", Slug, "--format", "cookbook"], Prepare);
        Assert.True(scaffold.Result.ExitCode == 0, scaffold.Result.ToString());
        var configured = scaffold.Lint(LevelNames.Standard).All.Select(d => (d.Id, d.Span.Line, d.Message));
        var explicitSchema = scaffold.Lint(LevelNames.Standard, Schema).All.Select(d => (d.Id, d.Span.Line, d.Message));
        Assert.Equal(explicitSchema, configured);
    }

    [Fact]
    public void Filled_in_cookbook_plan_has_no_findings()
    {
        using var scaffold = Scaffold.Create(hive, ["execplan", "-n", Slug, "--format", "cookbook"]);
        var plan = File.ReadAllText(scaffold.PlanPath).Replace(Cookbook.Sections.ValidationAndAcceptance.Template, "Run `dotnet test` and see every test pass.", StringComparison.Ordinal);
        var filled = System.Text.RegularExpressions.Regex.Replace(plan, "<[^<>\n]+>", "written by the author");
        File.WriteAllText(scaffold.PlanPath, filled);
        Assert.Empty(scaffold.Lint(LevelNames.Standard, Schema).All);
    }

    // Placeholders anywhere; the acceptance rule only on the acceptance heading (standard level: minimal has no such section).
    private static bool IsExpectedOfAFreshPlan(string id, int line, string plan) =>
        id == RuleIds.UnfilledPlaceholder
        || (id == RuleIds.AcceptanceNotVerifiable && plan.Split('\n')[line - 1] == "## " + Cookbook.SectionTitles.ValidationAndAcceptance);

    /// <summary>The renderer's markers, the title token and the schema's example dates are all replaced.</summary>
    private static void AssertNoMarkerLeft(string plan)
    {
        string[] tokens = ["execplan-stamp", "execplan-today", "execplan-task", TemplateTokens.Title, Cookbook.TitleSchema.Placeholder, "2025-10-01"];
        Assert.All(tokens, token => Assert.DoesNotContain(token, plan, StringComparison.Ordinal));
    }

    private static void AssertStampsAreNow(Scaffold scaffold, string plan)
    {
        var stamps = Scaffold.Stamps(plan).ToList();
        Assert.NotEmpty(stamps);
        Assert.All(stamps, t => Assert.InRange(t, scaffold.StartedMinute, scaffold.Finished));
    }
}
