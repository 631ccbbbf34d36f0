using ExecPlan.Diagnostics;
using ExecPlan.Scaffolding;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Scaffolding;

/// <summary>A new plan from the schema's templates: every level lints without an error as a draft, with the values given in place.</summary>
public sealed class PlanScaffoldTests
{
    private static readonly PlanSchema Schema = PlanSchemas.ExecPlan;

    public static TheoryData<string, bool> Variants()
    {
        var data = new TheoryData<string, bool>();
        foreach (var level in PlanSchemas.ExecPlan.Levels)
        {
            data.Add(level.Name, false);
            data.Add(level.Name, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_new_plan_at_every_level_is_a_draft_without_errors_and_holds_the_values_given(string level, bool multiAgent)
    {
        var plan = Plan(level) with { MultiAgent = multiAgent };

        var text = PlanScaffold.Render(plan, Schema);

        Assert.Empty(Linter.Lint(text, level, path: PlanScaffold.FileName(plan, Schema)).Where(d => d.IsActive && d.Severity == Severity.Error));
        Assert.Contains("id: fix-login\n", text, StringComparison.Ordinal);
        Assert.Contains("owner: agent-7\n", text, StringComparison.Ordinal);
        Assert.Contains("profile: repo-native\n", text, StringComparison.Ordinal);
        Assert.Contains("created: 2025-12-01T12:00:00Z\n", text, StringComparison.Ordinal);
        Assert.Contains("# PLAN: Fix the login\n", text, StringComparison.Ordinal);
        Assert.Equal(multiAgent, text.Contains("\n## " + SectionTitles.InterAgentMessages + "\n", StringComparison.Ordinal));
        Assert.DoesNotContain(TemplateTokens.Id, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_plan_goes_under_plans_named_by_its_date_and_id()
    {
        Assert.Equal("plans/2025-12-01-fix-login-PLAN.md", PlanScaffold.FileName(Plan(LevelNames.Standard), Schema));
    }

    [Theory]
    [InlineData("../escape", null, null, "the id '../escape' does not match")]
    [InlineData("fix-login", "strict", null, "unknown profile 'strict'")]
    [InlineData("fix-login", null, "Two\nlines", "the title must be one line")]
    public void A_value_that_cannot_stand_in_a_plan_is_refused_with_the_reason(string id, string? profile, string? title, string reason)
    {
        var plan = Plan(LevelNames.Standard) with { Id = id, Profile = profile ?? "repo-native", Title = title ?? "Fix the login" };

        Assert.StartsWith(reason, PlanScaffold.Problem(plan, Schema), StringComparison.Ordinal);
        Assert.StartsWith(reason, Assert.Throws<ArgumentException>(() => PlanScaffold.Render(plan, Schema)).Message, StringComparison.Ordinal);
    }

    private static NewPlan Plan(string level) =>
        new("fix-login", "Fix the login", "agent-7", PlanSchemas.ExecPlan.FindLevel(level)!, "repo-native", Linter.Now);
}
