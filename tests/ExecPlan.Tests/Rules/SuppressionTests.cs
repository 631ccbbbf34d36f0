using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

public sealed class SuppressionTests
{
    private const string Unknown = "## Notes\n\nLoose notes.\n\n## Outcomes & Retrospective";

    private static string PlanWith(string before) => Plans.With("## Outcomes & Retrospective", before + Unknown);

    [Fact]
    public void Disable_next_line_suppresses_with_its_reason()
    {
        var diagnostic = Assert.Single(Linter.Lint(PlanWith("<!-- execplan-disable-next-line EXP0207 -- kept for the team -->\n")), d => d.Id == RuleIds.UnknownSection);
        Assert.False(diagnostic.IsActive);
        Assert.Equal("kept for the team", diagnostic.Suppression!.Reason);
        Assert.Equal("disable-next-line", diagnostic.Suppression.Kind);
    }

    [Fact]
    public void Disable_and_enable_bracket_a_range()
    {
        var text = PlanWith("<!-- execplan-disable EXP0207, EXP0212 -->\n\n") + "\n<!-- execplan-enable EXP0207 EXP0212 -->\n\n## Stray\n\nx\n";
        var unknown = Linter.Lint(text).Where(d => d.Id == RuleIds.UnknownSection).ToList();
        Assert.Equal(2, unknown.Count);
        Assert.False(unknown[0].IsActive);
        Assert.True(unknown[1].IsActive);
    }

    [Fact]
    public void Disable_file_suppresses_everywhere()
    {
        var text = Plans.With("# PLAN: Demo", "<!-- execplan-disable-file EXP0207 -->\n\n# PLAN: Demo") + "\n## Stray\n\nx\n";
        Assert.All(Linter.Lint(text).Where(d => d.Id == RuleIds.UnknownSection), d => Assert.False(d.IsActive));
    }

    [Fact]
    public void Comments_inside_code_do_not_suppress()
    {
        var diagnostic = Assert.Single(Linter.Lint(PlanWith("`<!-- execplan-disable-next-line EXP0207 -->`\n")), d => d.Id == RuleIds.UnknownSection);
        Assert.True(diagnostic.IsActive);
    }
}
