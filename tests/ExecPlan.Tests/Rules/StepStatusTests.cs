using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>A `Status:` line under an H3 step inside Progress is that step's, not the plan's Progress status.</summary>
public sealed class StepStatusTests
{
    private const string Steps = "\n### Step 1: parser\n\n**Status:** DONE\n\n### Step 2: rules\n\nStatus: in review\n";

    [Fact]
    public void A_steps_status_is_not_compared_with_the_plans()
    {
        var found = Linter.Active(Plans.With("- [ ] 2025-11-22T14:30:00Z - Run the tests (Owner: agent-1)\n", "- [ ] 2025-11-22T14:30:00Z - Run the tests (Owner: agent-1)\n" + Steps));
        Assert.DoesNotContain(found, d => d.Id is RuleIds.StatusMismatch or RuleIds.InvalidProgressStatus);
    }

    [Fact]
    public void A_status_only_under_a_step_is_no_Progress_status()
    {
        var text = Plans.With("Status: IN_PROGRESS\n", string.Empty).Replace("- [ ] 2025-11-22T14:30:00Z - Run the tests (Owner: agent-1)\n", "- [ ] 2025-11-22T14:30:00Z - Run the tests (Owner: agent-1)\n" + Steps, StringComparison.Ordinal);
        Assert.Contains(Linter.Active(text), d => d.Id == RuleIds.MissingProgressStatus);
    }
}
