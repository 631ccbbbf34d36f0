using ExecPlan.Diagnostics;
using ExecPlan.Fixes;
using ExecPlan.Linting;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Fixes;

/// <summary>The fix run gives each file the lint's time budget: a file over it reports EXP0008 and its secrets, and is never written.</summary>
public sealed class FixTimeBudgetTests
{
    private static readonly DateTime Old = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // A compliant plan but for one safe fix (a heading's spelling).
    private static string Fixable => Plans.With("## Decision Log\n", "## decision log\n");

    [Fact]
    public void A_plan_that_runs_out_of_time_is_not_written_and_reports_EXP0008_and_its_secrets()
    {
        // As the lint's own timeout test: a plan long enough that its lint cannot finish in 1 ms once its secret scan is done.
        using var folder = TempFolder.WithGit();
        var slow = folder.Write("plans/slow-PLAN.md", Fixable + string.Concat(Enumerable.Repeat("- [ ] item <b>x</b> `code` [link](a/b.md)\n", 20_000)) + "Deploy with " + FakeSecrets.GitHubToken + "\n");
        var bytes = File.ReadAllBytes(slow);
        File.SetLastWriteTimeUtc(slow, Old);

        var (files, totals) = Fix(folder, TimeSpan.FromMilliseconds(1), new FixOptions(), slow);

        var only = Assert.Single(files);
        Assert.Equal(FixOutcome.Unchanged, only.Outcome);
        Assert.Empty(only.Fixed);
        Assert.Contains("ran out of its time budget of 0.001 s", only.Problem, StringComparison.Ordinal);
        var timeout = Assert.Single(only.Remaining, d => d.Id == RuleIds.LintTimeout);
        Assert.Equal(Severity.Error, timeout.Severity);
        var secret = Assert.Single(only.Remaining, d => d.Id == RuleIds.PossibleSecret);
        Assert.DoesNotContain(FakeSecrets.GitHubToken[4..], secret.Message, StringComparison.Ordinal);
        Assert.Equal(0, totals.FilesFixed);
        Assert.True(totals.Errors >= 2);
        Assert.Equal(bytes, File.ReadAllBytes(slow));
        Assert.Equal(Old, File.GetLastWriteTimeUtc(slow));
        Assert.Single(Directory.GetFiles(folder.Combine("plans")));
    }

    [Fact]
    public void A_plan_held_past_its_budget_is_left_alone_while_the_other_plans_of_the_run_are_fixed()
    {
        using var folder = TempFolder.WithGit();
        var first = folder.Write("plans/a-PLAN.md", Fixable);
        var held = folder.Write("plans/b-PLAN.md", Fixable + "\nDeploy with " + FakeSecrets.GitHubToken + "\n");
        var last = folder.Write("plans/c-PLAN.md", Fixable);
        var bytes = File.ReadAllBytes(held);
        File.SetLastWriteTimeUtc(held, Old);

        // The held plan waits, after its secret scan, until the run is over: it runs out of time whatever the machine's speed.
        // The budget only has to outlast the fixing of the two small plans.
        var released = new TaskCompletionSource();
        var options = new FixOptions { BeforeFix = p => SpinWait.SpinUntil(() => p != held || released.Task.IsCompleted) };
        IReadOnlyList<FileFix> files;
        try
        {
            (files, _) = Fix(folder, TimeSpan.FromSeconds(5), options, folder.Path);
        }
        finally
        {
            released.SetResult();
        }

        Assert.Equal([first, held, last], files.Select(f => f.Path));
        Assert.Equal([FixOutcome.Fixed, FixOutcome.Unchanged, FixOutcome.Fixed], files.Select(f => f.Outcome));
        Assert.Contains("## Decision Log\n", File.ReadAllText(first), StringComparison.Ordinal);
        Assert.Contains("## Decision Log\n", File.ReadAllText(last), StringComparison.Ordinal);
        Assert.Contains(files[1].Remaining, d => d.Id == RuleIds.LintTimeout);
        Assert.Contains(files[1].Remaining, d => d.Id == RuleIds.PossibleSecret);
        Assert.Equal(bytes, File.ReadAllBytes(held));
        Assert.Equal(Old, File.GetLastWriteTimeUtc(held));
    }

    [Fact]
    public void EXP0008_turned_off_leaves_the_plan_unwritten_without_an_error()
    {
        using var folder = TempFolder.WithGit();
        folder.Write(".execplan.yaml", "rules:\n  EXP0008: off\n");
        var slow = folder.Write("plans/slow-PLAN.md", Fixable + string.Concat(Enumerable.Repeat("- [ ] item <b>x</b> `code` [link](a/b.md)\n", 20_000)));
        var bytes = File.ReadAllBytes(slow);

        var (files, totals) = Fix(folder, TimeSpan.FromMilliseconds(1), new FixOptions(), slow);

        var only = Assert.Single(files);
        Assert.Equal(FixOutcome.Unchanged, only.Outcome);
        Assert.NotNull(only.Problem);
        Assert.DoesNotContain(only.Remaining, d => d.Id == RuleIds.LintTimeout);
        Assert.Equal(0, totals.Errors);
        Assert.Equal(bytes, File.ReadAllBytes(slow));
    }

    [Fact]
    public void A_cancelled_run_writes_nothing()
    {
        using var folder = TempFolder.WithGit();
        var path = folder.Write("plans/a-PLAN.md", Fixable);
        var settings = new LintSettings { Clock = new FixedClock(Linter.Now), RootDirectory = folder.Path, WorkingDirectory = folder.Path };
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new PlanFixer(settings, new FixOptions()).Fix([path], _ => { }, cancellationToken: cancelled.Token));

        Assert.Equal(Fixable, File.ReadAllText(path));
    }

    private static (IReadOnlyList<FileFix> Files, FixTotals Totals) Fix(TempFolder folder, TimeSpan budget, FixOptions options, string path)
    {
        var settings = new LintSettings { Clock = new FixedClock(Linter.Now), RootDirectory = folder.Path, WorkingDirectory = folder.Path, FileTimeBudget = budget };
        var files = new List<FileFix>();
        var totals = new PlanFixer(settings, options).Fix([path], files.Add);
        return (files, totals);
    }
}
