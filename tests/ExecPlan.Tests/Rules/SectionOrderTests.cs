using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>EXP0204 names the fewest sections to move (those outside a longest run already in order), each with a correct place.</summary>
public sealed class SectionOrderTests
{
    [Fact]
    public void One_section_written_first_is_one_finding_not_one_for_every_section_after_it()
    {
        var text = Plans.With("\n## Outcomes & Retrospective\n\nNone yet.\n", "\n")
            .Replace("## Purpose / Big Picture\n", "## Outcomes & Retrospective\n\nNone yet.\n\n## Purpose / Big Picture\n", StringComparison.Ordinal);

        var moved = Assert.Single(Linter.Active(text), d => d.Id == RuleIds.SectionOutOfOrder);
        Assert.Equal("The section '## Outcomes & Retrospective' is out of schema order; move it after '## Handoff Summary'.", moved.Message);
    }

    [Fact]
    public void A_section_that_belongs_before_every_kept_one_is_told_so()
    {
        var text = Plans.With("## Purpose / Big Picture\n\nShow a compliant plan.\n\n", string.Empty)
            .Replace("## Handoff Summary\n", "## Purpose / Big Picture\n\nShow a compliant plan.\n\n## Handoff Summary\n", StringComparison.Ordinal);

        var moved = Assert.Single(Linter.Active(text), d => d.Id == RuleIds.SectionOutOfOrder);
        Assert.Equal("The section '## Purpose / Big Picture' is out of schema order; move it before '## Progress'.", moved.Message);
    }
}
