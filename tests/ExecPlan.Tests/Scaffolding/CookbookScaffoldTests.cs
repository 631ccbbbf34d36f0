using System.Text.RegularExpressions;
using ExecPlan.Configuration;
using ExecPlan.Linting;
using ExecPlan.Scaffolding;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;
using Cookbook = ExecPlan.Schema.Cookbook;

namespace ExecPlan.Tests.Scaffolding;

/// <summary>
/// A new plan in the format of the schema it is made for: a cookbook plan from the cookbook's template (no front matter, the title
/// as its H1, the stamps of its creation), whose only findings are its placeholders and which lints clean once they are filled in.
/// </summary>
public sealed class CookbookScaffoldTests
{
    private static readonly PlanSchema Schema = PlanSchemas.Cookbook;

    private static readonly ExecPlanConfig Config = ExecPlanConfig.Default with { Schema = PlanSchemas.Cookbook };

    public static TheoryData<string> Levels() => [.. Schema.Levels.Select(l => l.Name)];

    [Theory]
    [MemberData(nameof(Levels))]
    public void A_cookbook_plan_holds_the_values_given_and_lints_clean_under_the_cookbook_schema_once_its_placeholders_are_filled(string level)
    {
        var plan = Plan(level);

        var text = PlanScaffold.Render(plan, Schema);

        Assert.StartsWith("# Fix the login\n\n## " + Cookbook.SectionTitles.PurposeBigPicture + "\n", text, StringComparison.Ordinal);
        Assert.Contains("- [x] (2025-12-01 12:00Z) ", text, StringComparison.Ordinal);
        Assert.Contains($"{Cookbook.EntryFieldNames.DateAuthor}: 2025-12-01 / agent-7\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-10-01", text, StringComparison.Ordinal);
        var fresh = Linter.Lint(text, level, Config, PlanScaffold.FileName(plan, Schema)).Where(d => d.IsActive);
        Assert.All(fresh, d => Assert.Contains(d.Id, new[] { RuleIds.UnfilledPlaceholder, RuleIds.AcceptanceNotVerifiable }));
        Assert.Empty(Linter.Lint(Filled(text), level, Config, PlanScaffold.FileName(plan, Schema)));
    }

    [Fact]
    public void A_cookbook_plan_needs_no_id_owner_or_profile_and_ignores_the_add_on_it_does_not_have()
    {
        var plan = Plan(LevelNames.Standard) with { Id = null, Owner = null, Profile = null, MultiAgent = true };

        var text = PlanScaffold.Render(plan, Schema);

        Assert.Null(PlanScaffold.Problem(plan, Schema));
        Assert.Equal(PlanScaffold.Template(Schema, plan.Level, multiAgent: false).Split('\n').Length, text.Split('\n').Length);
        Assert.DoesNotContain("---\n", text, StringComparison.Ordinal);
        Assert.Contains($"{Cookbook.EntryFieldNames.DateAuthor}: 2025-12-01 / <", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Fix the login!", "plans/fix-the-login.md")]
    [InlineData("Login/Timeout", "Fix it", "plans/login-timeout.md")]
    public void A_cookbook_plan_is_named_by_the_slug_of_its_id_or_title_where_discovery_finds_it(string? id, string title, string expected)
    {
        var plan = Plan(LevelNames.Standard) with { Id = id, Title = title };
        var root = Path.Combine(Path.GetTempPath(), "cookbook-repository");

        var name = PlanScaffold.FileName(plan, Schema);

        Assert.Equal(expected, name);
        Assert.True(PlanDiscovery.IsPlan(Path.Combine(root, name), Config, root));
    }

    [Fact]
    public void An_execplan_keeps_its_dated_name_which_its_convention_and_discovery_accept()
    {
        var plan = Plan(LevelNames.Standard) with { Level = PlanSchemas.ExecPlan.DefaultLevel };
        var root = Path.Combine(Path.GetTempPath(), "execplan-repository");

        var name = PlanScaffold.FileName(plan, PlanSchemas.ExecPlan);

        Assert.Equal("plans/2025-12-01-fix-login-PLAN.md", name);
        Assert.Matches(PlanSchemas.ExecPlan.PlanFileName!, Path.GetFileName(name));
        Assert.True(PlanDiscovery.IsPlan(Path.Combine(root, name), ExecPlanConfig.Default, root));
    }

    [Theory]
    [InlineData(null, "agent-7", "the ExecPlan format needs an id")]
    [InlineData("fix-login", null, "the ExecPlan format needs an owner")]
    public void The_execplan_format_still_needs_the_id_and_owner_its_front_matter_holds(string? id, string? owner, string reason)
    {
        var plan = new NewPlan(id, "Fix the login", owner, PlanSchemas.ExecPlan.DefaultLevel, null, Linter.Now);

        Assert.Equal(reason, PlanScaffold.Problem(plan, PlanSchemas.ExecPlan));
        Assert.Null(PlanScaffold.Problem(plan with { Level = Schema.DefaultLevel }, Schema));
    }

    // Every placeholder written by the author, and a command in the acceptance section (the cookbook's standard level asks for one).
    private static string Filled(string text) =>
        Regex.Replace(text.Replace(Cookbook.Sections.ValidationAndAcceptance.Template, "Run `dotnet test` and see every test pass.", StringComparison.Ordinal), "<[^<>\n]+>", "written by the author");

    private static NewPlan Plan(string level) =>
        new("fix-login", "Fix the login", "agent-7", Schema.FindLevel(level)!, "repo-native", Linter.Now);
}
