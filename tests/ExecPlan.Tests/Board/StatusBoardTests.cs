using ExecPlan.Board;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Board;

/// <summary>The board's rows and totals from plans on disk, both formats, at a fixed "now".</summary>
public sealed class StatusBoardTests : IDisposable
{
    private readonly BoardPlans _plans = new();

    public void Dispose() => _plans.Dispose();

    [Fact]
    public void A_plan_in_progress_past_the_stale_age_is_stale_and_its_age_runs_from_its_last_activity()
    {
        var board = _plans.ExecPlan("demo", Plans.Compliant).Board();

        var plan = Assert.Single(board.Plans);
        Assert.Equal(("plans/demo-PLAN.md", "execplan", "IN_PROGRESS"), (plan.Path, plan.Schema, plan.Summary.Status));
        Assert.Equal(new DateTimeOffset(2025, 11, 22, 15, 0, 0, TimeSpan.Zero), plan.LastActivity); // `updated`, newer than the last living update
        Assert.Equal(Linter.Now - plan.LastActivity, plan.Age);
        Assert.Equal("8d 21h ago", BoardText.AgeOf(plan));
        Assert.True(plan.Stale);
        Assert.Equal(StatusBoard.DefaultStaleAfter, board.StaleAfter);
        Assert.Equal(1, board.Totals.Stale);
    }

    [Fact]
    public void A_plan_without_a_title_or_an_id_is_named_by_its_file()
    {
        var board = _plans.CookbookPlan("untitled", Plans.Cookbook[(Plans.Cookbook.IndexOf('\n', StringComparison.Ordinal) + 1)..]).Board();

        var plan = Assert.Single(board.Plans);
        Assert.Null(plan.Summary.Title);
        Assert.Equal("untitled", BoardText.Name(plan));
    }

    [Fact]
    public void The_configured_stale_age_is_the_boards()
    {
        _plans.Folder.Write(".execplan.yaml", "stale_after: 30d\n");

        var board = _plans.ExecPlan("demo", Plans.Compliant).Board();

        Assert.Equal(TimeSpan.FromDays(30), board.StaleAfter);
        Assert.False(Assert.Single(board.Plans).Stale);
    }

    [Theory]
    [InlineData("DRAFT")]
    [InlineData("DONE")]
    [InlineData("BLOCKED")]
    public void Only_a_plan_in_progress_is_stale_and_a_blocked_plan_is_counted_as_blocked(string status)
    {
        var board = _plans.ExecPlan("demo", Plans.With("status: IN_PROGRESS", "status: " + status)).Board();

        var plan = Assert.Single(board.Plans);
        Assert.False(plan.Stale);
        Assert.Equal(status == "BLOCKED", plan.Blocked);
        Assert.Equal((0, status == "BLOCKED" ? 1 : 0), (board.Totals.Stale, board.Totals.Blocked));
        Assert.Equal(1, board.Totals.ByStatus.Single(s => s.Key == status).Value);
    }

    [Fact]
    public void Totals_count_every_schema_status_in_order_then_others_and_average_the_known_ratios()
    {
        var board = _plans
            .ExecPlan("a", Plans.Compliant)
            .ExecPlan("b", Plans.With("status: IN_PROGRESS", "status: DONE"))
            .ExecPlan("c", Plans.With("status: IN_PROGRESS", "status: in-progress"))
            .CookbookPlan("cache")
            .Board();

        var totals = board.Totals;
        Assert.Equal(4, totals.Plans);
        Assert.Equal(["DRAFT:0", "IN_PROGRESS:2", "BLOCKED:0", "DONE:1", "ABANDONED:0", "in-progress:1"], totals.ByStatus.Select(s => $"{s.Key}:{s.Value}"));
        Assert.Equal(1.0, totals.MeanAcceptanceVerifiability); // the cookbook plan has no criteria to count: not a zero
        Assert.Equal((1.0 + 1.0 + 1.0 + 0.5) / 4, totals.MeanEvidenceCoverage);
    }

    [Fact]
    public void A_cookbook_plan_has_its_status_derived_and_its_age_from_its_last_stamp()
    {
        var plan = Assert.Single(_plans.CookbookPlan("cache").Board().Plans);

        Assert.Equal(("cookbook", "IN_PROGRESS", true, "Measure the speed-up."), (plan.Schema, plan.Summary.Status, plan.Summary.StatusDerived, plan.Summary.NextAction));
        Assert.Null(plan.Summary.Updated);
        Assert.Equal(new DateTimeOffset(2025, 11, 30, 13, 0, 0, TimeSpan.Zero), plan.LastActivity);
        Assert.Equal("23h ago", BoardText.AgeOf(plan));
        Assert.False(plan.Stale);
    }

    [Fact]
    public void A_plan_without_timestamps_has_no_age_and_is_never_stale()
    {
        var plan = Assert.Single(_plans.CookbookPlan("cache", Plans.Cookbook.Replace("(2025-11-30 13:00Z) ", string.Empty, StringComparison.Ordinal)).Board().Plans);

        Assert.Equal((null, null, false), (plan.LastActivity, plan.Age, plan.Stale));
        Assert.Equal("no timestamp", BoardText.AgeOf(plan));
    }

    [Fact]
    public void An_empty_repository_has_an_empty_board()
    {
        var (board, totals) = _plans.Collect();

        Assert.Empty(board.Plans);
        Assert.Equal(0, totals.Files);
        Assert.Equal((0, 0, 0, (double?)null), (board.Totals.Plans, board.Totals.Stale, board.Totals.Blocked, board.Totals.MeanEvidenceCoverage));
        Assert.All(board.Totals.ByStatus, s => Assert.Equal(0, s.Value));
    }

    [Fact]
    public void The_targets_are_the_specs_unless_the_configuration_sets_thresholds()
    {
        Assert.Equal(ExecPlan.Metrics.MetricTargets.Spec, _plans.ExecPlan("demo", Plans.Compliant).Board().Targets);

        _plans.Folder.Write(".execplan.yaml", "metrics:\n  evidence_coverage: 0.5\n  living_freshness: 2h\n");
        var targets = _plans.Board().Targets;

        Assert.Equal((0, 1.0, 0.5, TimeSpan.FromHours(2)), (targets.ExternalDependencies, targets.AcceptanceVerifiability, targets.EvidenceCoverage, targets.LivingFreshness));
    }

    [Fact]
    public void A_metric_misses_its_target_and_freshness_counts_only_while_in_progress()
    {
        var board = _plans.CookbookPlan("cache").Board();
        var plan = Assert.Single(board.Plans);

        var metrics = BoardMetric.Of(board, plan);
        Assert.Equal(BoardMetric.Names, metrics.Select(m => m.Name));
        Assert.Equal(["0", "none", "23h", "1/2 (50%)"], metrics.Select(m => m.Value));
        Assert.Equal([true, null, false, false], metrics.Select(m => m.Met));
        Assert.True(board.MissesTarget(plan));

        var done = _plans.ExecPlan("done", Plans.With("status: IN_PROGRESS", "status: DONE")).Board();
        var donePlan = done.Plans.Single(p => p.Summary.Status == "DONE");
        Assert.Null(BoardMetric.Of(done, donePlan)[2].Met); // days old, but no longer active
        Assert.False(done.MissesTarget(donePlan));
    }
}
