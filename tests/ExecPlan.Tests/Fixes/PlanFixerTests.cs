using ExecPlan.Diagnostics;
using ExecPlan.Fixes;
using ExecPlan.Linting;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Fixes;

/// <summary>The engine's fix run over files: idempotent on every corpus plan, never adding findings, never writing over a change.</summary>
public sealed class PlanFixerTests : IDisposable
{
    // The corpus plans date from 2025 and 2026: fixed as of a day after the newest, as the corpus snapshot lints them.
    private static readonly DateTimeOffset CorpusNow = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "execplan-fix-tests", Guid.NewGuid().ToString("N"));

    public static TheoryData<string> CorpusPlans => Infrastructure.CorpusPlans.All;

    [Theory]
    [MemberData(nameof(CorpusPlans))]
    public void Fixing_a_corpus_plan_twice_changes_nothing_the_second_time_and_safe_fixes_never_add_findings(string plan)
    {
        foreach (var schema in Schema.PlanSchemas.All)
        {
            var path = Copy(plan, schema.Key);
            var settings = new LintSettings { Clock = new FixedClock(CorpusNow), RootDirectory = folder, WorkingDirectory = folder, Schema = schema };
            var before = Count(settings, path);

            var first = FixOnce(settings, path);
            Assert.NotEqual(FixOutcome.WriteFailed, first.Outcome);
            var after = Count(settings, path);
            var second = FixOnce(settings, path);

            Assert.Equal(FixOutcome.Unchanged, second.Outcome);
            Assert.Empty(second.Fixed);
            Assert.True(after <= before, $"{schema.Key}: {before} findings before, {after} after fixing {string.Join(", ", first.Fixed.Select(f => f.RuleId))}");
            Assert.DoesNotContain(first.Remaining, d => d.IsActive && d.Fixes.Any(f => f.Safety == FixSafety.Safe));

            // Unsafe fixes too settle in one run: a second one changes nothing.
            Fix(settings, path, new FixOptions { Unsafe = true });
            Assert.Equal(FixOutcome.Unchanged, Fix(settings, path, new FixOptions { Unsafe = true }).Outcome);
        }
    }

    [Fact]
    public void A_file_changed_between_reading_and_writing_keeps_the_change()
    {
        var path = Write("plans/demo-PLAN.md", Plans.With("## Decision Log\n", "## decision log\n"));
        var settings = new LintSettings { Clock = new FixedClock(Linter.Now), RootDirectory = folder, WorkingDirectory = folder };

        var file = Fix(settings, path, new FixOptions { BeforeWrite = p => File.AppendAllText(p, "\nA late line.\n") });

        Assert.Equal(FixOutcome.ChangedMeanwhile, file.Outcome);
        Assert.EndsWith("A late line.\n", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Contains("## decision log\n", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void A_plan_with_every_fix_kind_is_compliant_after_one_run_with_unsafe_fixes_but_for_placeholders()
    {
        var plan = Plans.Replace(Plans.Without("Tooling Interface & Governance"), "## Decision Log\n", "## decision log\n");
        plan = Plans.Replace(plan, "status: IN_PROGRESS", "status: in-progress");
        plan = Plans.Replace(plan, "# PLAN: Demo", "# Demo");
        plan = Plans.Replace(plan, "owner: agent-1\n", string.Empty);
        var path = Write("plans/demo-PLAN.md", plan);
        var settings = new LintSettings { Clock = new FixedClock(Linter.Now), RootDirectory = folder, WorkingDirectory = folder };

        var file = Fix(settings, path, new FixOptions { Unsafe = true });

        Assert.Equal(FixOutcome.Fixed, file.Outcome);
        Assert.All(file.Remaining.Where(d => d.IsActive), d => Assert.Equal(Schema.Generated.RuleIds.UnfilledPlaceholder, d.Id));
    }

    [Fact]
    public void A_plan_given_as_text_is_fixed_in_memory_and_the_file_it_is_linted_as_is_never_written()
    {
        var path = Write("plans/demo-PLAN.md", Plans.Compliant);
        var unsaved = Plans.With("## Decision Log\n", "## decision log\n");
        using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(unsaved));
        var settings = new LintSettings { Clock = new FixedClock(Linter.Now), RootDirectory = folder, WorkingDirectory = folder, Input = new PlanInput(path, content) };

        var file = Fix(settings, path, new FixOptions());

        Assert.Equal(FixOutcome.WouldFix, file.Outcome);
        Assert.Equal(unsaved, file.Before);
        Assert.Equal(Plans.Compliant, file.After);
        Assert.DoesNotContain(file.Remaining, d => d.IsActive);
        Assert.Equal(Plans.Compliant, File.ReadAllText(path));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private string Copy(string plan, string schema)
    {
        var path = Path.Combine(folder, schema, Path.GetFileName(Path.GetDirectoryName(plan))!, Path.GetFileName(plan));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, File.ReadAllBytes(plan)); // a fresh, writable file (the shared corpus is read-only)
        return path;
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static FileFix FixOnce(LintSettings settings, string path) => Fix(settings, path, new FixOptions());

    private static FileFix Fix(LintSettings settings, string path, FixOptions options)
    {
        FileFix? found = null;
        new PlanFixer(settings, options).Fix([path], f => found = f);
        return found!;
    }

    private static int Count(LintSettings settings, string path) =>
        new PlanLinter(settings).Lint([path]).All.Count(d => d.IsActive && d.Severity != Severity.Off);
}
