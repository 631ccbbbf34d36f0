using ExecPlan.Configuration;
using ExecPlan.Linting;
using ExecPlan.Metrics;
using ExecPlan.Schema;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Metrics;

/// <summary>The status-board summary and the evaluation metrics of plans with known counts, in both formats.</summary>
public sealed class PlanSummaryTests
{
    private const string CookbookPlan = """
        # Cache the resolver

        ## Purpose / Big Picture

        Faster lookups.

        ## Progress

        - [x] (2025-10-01 13:00Z) Wrote the cache.
        - [ ] Measure the speed-up.

        ## Surprises & Discoveries

        - Observation: the cache misses on a cold start.
          Evidence: `bench.txt` shows 40 ms.

        ## Decision Log

        - Decision: Use an LRU cache.
          Rationale: bounded memory.
          Date/Author: 2025-10-01 / agent-1

        ## Outcomes & Retrospective

        None yet.

        ## Validation and Acceptance

        Run `dotnet test` and expect `0 failed`; background at https://example.com/docs.

        """;

    private static PlanSummary Summary(string text, ExecPlanConfig? config = null) =>
        new PlanLinter(new LintSettings { Clock = new FixedClock(Linter.Now) }).LintText("plans/demo-PLAN.md", text, config).Summary!;

    [Fact]
    public void A_compliant_ExecPlan_has_its_front_matter_progress_next_action_and_full_metrics()
    {
        var summary = Summary(Plans.Compliant);

        Assert.Equal(("demo-plan", "PLAN: Demo", "IN_PROGRESS", false, "agent-1"), (summary.Id, summary.Title, summary.Status, summary.StatusDerived, summary.Owner));
        Assert.Equal(new DateTimeOffset(2025, 11, 22, 15, 0, 0, TimeSpan.Zero), summary.Updated);
        Assert.Equal((1, 2), (summary.ProgressDone, summary.ProgressTotal));
        Assert.Equal("Run `dotnet test`.", summary.NextAction);

        var metrics = summary.Metrics;
        Assert.Equal(0, metrics.ExternalDependencies);
        Assert.Equal((1, 1, 1.0), (metrics.AcceptanceCriteria, metrics.VerifiableCriteria, metrics.AcceptanceVerifiability));
        Assert.Equal((2, 2, 1.0), (metrics.Claims, metrics.ClaimsWithEvidence, metrics.EvidenceCoverage));
        Assert.Equal(new DateTimeOffset(2025, 11, 22, 14, 30, 0, TimeSpan.Zero), metrics.LastLivingUpdate);
        Assert.Equal(Linter.Now - metrics.LastLivingUpdate, metrics.LivingFreshness);
    }

    [Fact]
    public void A_cookbook_plan_derives_its_status_and_next_action_from_Progress()
    {
        var summary = Summary(CookbookPlan, ExecPlanConfig.Default with { Schema = PlanSchemas.Cookbook });

        Assert.Equal((null, "Cache the resolver", "IN_PROGRESS", true, null), (summary.Id, summary.Title, summary.Status, summary.StatusDerived, summary.Owner));
        Assert.Null(summary.Updated);
        Assert.Equal((1, 2), (summary.ProgressDone, summary.ProgressTotal));
        Assert.Equal("Measure the speed-up.", summary.NextAction);

        var metrics = summary.Metrics;
        Assert.Equal(1, metrics.ExternalDependencies); // the background link in Validation
        Assert.Equal((0, null), (metrics.AcceptanceCriteria, metrics.AcceptanceVerifiability)); // prose acceptance: no criteria to count
        Assert.Equal((2, 1, 0.5), (metrics.Claims, metrics.ClaimsWithEvidence, metrics.EvidenceCoverage));
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 13, 0, 0, TimeSpan.Zero), metrics.LastLivingUpdate); // the stamp; a date alone is no update time
    }

    [Theory]
    [InlineData("- [x] (2025-10-01 13:00Z) Wrote it.\n- [x] (2025-10-01 14:00Z) Tested it.", "DONE", 2, 2)]
    [InlineData("- Nothing checked off yet; notes only.", "DRAFT", 0, 0)]
    public void A_cookbook_status_is_DONE_when_every_item_is_checked_and_DRAFT_without_items(string progress, string status, int done, int total)
    {
        var plan = Plans.Replace(CookbookPlan, "- [x] (2025-10-01 13:00Z) Wrote the cache.\n- [ ] Measure the speed-up.", progress);

        var summary = Summary(plan, ExecPlanConfig.Default with { Schema = PlanSchemas.Cookbook });

        Assert.Equal((status, true, done, total), (summary.Status, summary.StatusDerived, summary.ProgressDone, summary.ProgressTotal));
        Assert.Null(summary.NextAction); // no open item to do next
    }

    [Fact]
    public void A_DRAFT_or_DONE_front_matter_status_is_the_plans_whatever_Progress_says()
    {
        var draft = Summary(Plans.With("status: IN_PROGRESS", "status: DRAFT"));
        Assert.Equal(("DRAFT", false), (draft.Status, draft.StatusDerived));
        var done = Summary(Plans.With("status: IN_PROGRESS", "status: DONE"));
        Assert.Equal(("DONE", false), (done.Status, done.StatusDerived));
    }

    [Fact]
    public void Without_criteria_decisions_or_timestamps_the_ratios_and_freshness_are_unknown_not_zero()
    {
        var plan = Plans.Compliant
            .Without("Validation & Acceptance").Without("Surprises & Discoveries").Without("Decision Log")
            .Replace("2025-11-22T14:00:00Z - Wrote", "Wrote", StringComparison.Ordinal)
            .Replace("2025-11-22T14:30:00Z - Run", "Run", StringComparison.Ordinal);

        var metrics = Summary(plan).Metrics;

        Assert.Equal((0, (double?)null), (metrics.AcceptanceCriteria, metrics.AcceptanceVerifiability));
        Assert.Equal((0, (double?)null), (metrics.Claims, metrics.EvidenceCoverage));
        Assert.Null(metrics.LastLivingUpdate);
        Assert.Null(metrics.LivingFreshness);
    }

    [Fact]
    public void A_criterion_without_its_expected_output_and_a_decision_without_evidence_lower_the_ratios()
    {
        var plan = Plans.With("  - Expected: `0 failed`\n", string.Empty).Replace("  Evidence: `/opt/nuget/packages/xunit`\n", string.Empty, StringComparison.Ordinal);

        var metrics = Summary(plan).Metrics;

        Assert.Equal((1, 0, 0.0), (metrics.AcceptanceCriteria, metrics.VerifiableCriteria, metrics.AcceptanceVerifiability));
        Assert.Equal((2, 1, 0.5), (metrics.Claims, metrics.ClaimsWithEvidence, metrics.EvidenceCoverage));
    }

    [Fact]
    public void A_secret_in_the_title_or_the_next_action_never_reaches_the_summary()
    {
        var token = string.Concat("gh", "p_", "R8BcQ4t8JbV1eyQjQapBLaHwUc9Rv9xZ2mKq");
        var plan = Plans.Compliant
            .Replace("# PLAN: Demo", $"# PLAN: Demo {token}", StringComparison.Ordinal)
            .Replace("Next Action: Run `dotnet test`.", $"Next Action: Export {token} and run.", StringComparison.Ordinal);

        var summary = new PlanLinter(new LintSettings { Clock = new FixedClock(Linter.Now) }).LintText("plans/demo-PLAN.md", plan).Summary!;

        Assert.DoesNotContain("R8BcQ4t8", summary.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("R8BcQ4t8", summary.NextAction, StringComparison.Ordinal);
        Assert.StartsWith("Export ", summary.NextAction, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unparsable_plan_has_no_summary()
    {
        var plan = Plans.Compliant + new string('x', ExecPlan.Model.LineLengthLimit.MaxLength + 1) + "\n";
        Assert.Null(new PlanLinter(new LintSettings()).LintText("plans/demo-PLAN.md", plan).Summary);
    }
}
