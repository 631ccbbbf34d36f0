using ExecPlan.Baselines;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Engine;

/// <summary>
/// A run with a focus (an editor's open plans) lints only those plans, reads the others for their ids, and reports for each focused
/// plan exactly what the whole run reports for it.
/// </summary>
public sealed class FocusedLintTests : IDisposable
{
    private readonly TempFolder _folder = TempFolder.WithGit();

    public void Dispose() => _folder.Dispose();

    private LintRun Lint(IReadOnlySet<string>? focus, bool useBaseline = true) =>
        new PlanLinter(new LintSettings
        {
            Clock = new FixedClock(Linter.Now),
            RootDirectory = _folder.Path,
            WorkingDirectory = _folder.Path,
            Focus = focus,
            UseBaseline = useBaseline,
        }).Lint([_folder.Path]);

    private static string Line(Diagnostic d) => $"{d.FilePath} {d.Span} {d.Severity} {d.Id} {d.Message} {d.Suppression?.Kind} {d.Anchor}";

    private static HashSet<string> Set(params string[] paths) => new(paths, StringComparer.Ordinal);

    private string Relative(string path) => Path.GetRelativePath(_folder.Path, path).Replace(Path.DirectorySeparatorChar, '/');

    [Theory]
    [InlineData("level: sometimes\n")] // a configuration finding
    [InlineData("schema: cookbook\n")] // a format without ids: the other plans are not even read
    [InlineData("rules:\n  EXP0109: off\n")] // duplicate ids not reported: likewise
    public void Focused_plans_get_exactly_the_findings_the_whole_run_gives_them(string configuration)
    {
        // Real plans, three plans that share one id (reported on the later two), a plan with a secret, a configuration finding.
        var plans = _folder.Folder("plans");
        foreach (var source in Directory.GetFiles(TestRepository.PathOf("tests", "ExecPlan.Tests", "Corpus", "real"), "*.md"))
        {
            File.Copy(source, Path.Combine(plans, Path.GetFileName(source)));
        }

        for (var i = 0; i < 3; i++)
        {
            _folder.Write($"plans/z{i}-PLAN.md", Plans.Compliant);
        }

        _folder.Write("plans/secret-PLAN.md", Plans.With("id: demo-plan", "id: demo-plan\npassword: hunter2-Xq9!zz"));
        _folder.Write(".execplan.yaml", configuration);

        var whole = Lint(null);
        var paths = whole.Files.Select(f => f.Path).ToList();
        Assert.True(paths.Count >= 14, string.Join("\n", paths));

        // Every other plan, only the last, only the first of the plans sharing an id, all: each focused report is the whole run's
        // report of that plan; the run's findings are the whole run's, and the duplicates a focused plan makes of later plans.
        var made = 0;
        var secret = _folder.Combine("plans/secret-PLAN.md");
        foreach (var focus in new[] { Set([.. paths.Where((_, i) => i % 2 == 1)]), Set(paths[^1]), Set(secret), Set([.. paths]) })
        {
            var focused = Lint(focus);
            Assert.Equal(paths.Where(focus.Contains), focused.Files.Select(f => f.Path));
            foreach (var report in focused.Files)
            {
                var expected = whole.Files.Single(f => f.Path == report.Path);
                Assert.Equal(expected.Diagnostics.Select(Line), report.Diagnostics.Select(Line));
                Assert.Equal(expected.Summary, report.Summary);
            }

            var madeByFocus = whole.Files.Where(f => !focus.Contains(f.Path)).SelectMany(f => f.Diagnostics)
                .Where(d => d.Id == RuleIds.DuplicateId && focus.Any(p => d.Message.EndsWith($"/{Relative(p)}.", StringComparison.Ordinal)))
                .ToList();
            made += focus.SetEquals([secret]) ? madeByFocus.Count : 0;
            Assert.Equal(whole.RunDiagnostics.Select(Line).Concat(madeByFocus.Select(Line)), focused.RunDiagnostics.Select(Line));
        }

        // The first of the four plans that share an id makes the three later ones duplicates (when ids are reported at all).
        Assert.Equal(configuration.StartsWith("level", StringComparison.Ordinal) ? 3 : 0, made);

        var duplicates = Lint(Set(_folder.Combine("plans/z2-PLAN.md"))).Files.Single().Diagnostics.Count(d => d.Id == RuleIds.DuplicateId);
        Assert.Equal(configuration.StartsWith("level", StringComparison.Ordinal) ? 1 : 0, duplicates);
    }

    [Fact]
    public void A_plan_outside_the_focus_is_not_linted_but_its_id_counts()
    {
        var first = _folder.Write("plans/a-PLAN.md", Plans.With("## Decision Log\n", "## decision log\n"));
        var second = _folder.Write("plans/b-PLAN.md", Plans.Compliant);

        var later = Lint(Set(second));
        var report = Assert.Single(later.Files);
        var duplicate = Assert.Single(report.Diagnostics);
        Assert.Equal(RuleIds.DuplicateId, duplicate.Id);
        Assert.Contains("plans/a-PLAN.md", duplicate.Message, StringComparison.Ordinal);

        // The first plan keeps its id; the second is only read for its id, not linted, and the duplicate the first makes of it is
        // a finding of the run, on the second, as the whole run reports it there.
        var earlier = Lint(Set(first));
        Assert.Equal([RuleIds.NonCanonicalHeading], Assert.Single(earlier.Files).Diagnostics.Select(d => d.Id));
        var made = Assert.Single(earlier.RunDiagnostics);
        Assert.Equal(Line(duplicate), Line(made));
        Assert.Equal(second, made.FilePath);
    }

    [Fact]
    public void A_duplicate_between_two_plans_outside_the_focus_is_not_the_focus_s_finding()
    {
        var open = _folder.Write("plans/a-PLAN.md", Plans.Compliant.Replace("id: demo-plan", "id: plan-a", StringComparison.Ordinal));
        _folder.Write("plans/b-PLAN.md", Plans.Compliant);
        _folder.Write("plans/c-PLAN.md", Plans.Compliant);

        var run = Lint(Set(open));

        Assert.Empty(Assert.Single(run.Files).Diagnostics);
        Assert.Empty(run.RunDiagnostics);
        Assert.Single(Lint(null).All, d => d.Id == RuleIds.DuplicateId);
    }

    [Fact]
    public void A_duplicate_the_focus_makes_is_matched_against_the_baseline()
    {
        var first = _folder.Write("plans/a-PLAN.md", Plans.Compliant);
        _folder.Write("plans/b-PLAN.md", Plans.With("## Decision Log\n", "## decision log\n"));
        File.WriteAllText(_folder.Combine(BaselineFile.DefaultName), Lint(null, useBaseline: false).Baseline!.Recorded.ToJson());

        var focused = Lint(Set(first));
        var made = Assert.Single(focused.RunDiagnostics);

        Assert.Equal(RuleIds.DuplicateId, made.Id);
        Assert.False(made.IsActive);

        // The later plan was not judged by the run: a baseline written from it keeps every entry of that plan, not the duplicate's alone.
        Assert.Equal(Lint(null, useBaseline: false).Baseline!.Recorded.ToJson(), focused.Baseline!.Recorded.ToJson());
        Assert.True(Assert.Single(Lint(Set(first), useBaseline: false).RunDiagnostics).IsActive);
    }

    [Fact]
    public void Unsaved_text_counts_in_focus_and_out()
    {
        // An editor's run: the first plan's unsaved text gives it another id; the second, unsaved too, is not on disk at all.
        var first = _folder.Write("plans/a-PLAN.md", Plans.Compliant);
        var second = _folder.Combine("plans/b-PLAN.md");
        var third = _folder.Write("plans/c-PLAN.md", Plans.Compliant);
        var overlays = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [first] = Plans.Compliant.Replace("id: demo-plan", "id: plan-a", StringComparison.Ordinal),
            [second] = Plans.Compliant,
        };
        LintRun Run(params string[] focus) => new PlanLinter(new LintSettings
        {
            Clock = new FixedClock(Linter.Now),
            RootDirectory = _folder.Path,
            WorkingDirectory = _folder.Path,
            Overlays = overlays,
            Focus = Set(focus),
        }).Lint([_folder.Path, second]);

        // The second has the id the first had on disk, but not in its unsaved text: no duplicate. The third duplicates the second.
        Assert.Empty(Assert.Single(Run(second).Files).Diagnostics);
        var last = Assert.Single(Run(third).Files);
        Assert.Equal([RuleIds.DuplicateId], last.Diagnostics.Select(d => d.Id));
        Assert.Contains("plans/b-PLAN.md", last.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.False(File.Exists(second));
    }

    [Fact]
    public void A_plan_the_lint_refuses_to_parse_gives_no_id_in_focus_or_out()
    {
        // A line over the parser's limit: EXP0009 and no id in the whole run, so the later plan's id is not a duplicate either way.
        _folder.Write("plans/a-PLAN.md", Plans.Compliant + "\n" + new string('x', ExecPlan.Model.LineLengthLimit.MaxLength + 1) + "\n");
        var second = _folder.Write("plans/b-PLAN.md", Plans.Compliant);

        Assert.DoesNotContain(Lint(null).All, d => d.Id == RuleIds.DuplicateId);
        Assert.Empty(Assert.Single(Lint(Set(second)).Files).Diagnostics);
    }

    [Fact]
    public void The_baseline_entries_of_plans_outside_the_focus_are_not_stale()
    {
        var first = _folder.Write("plans/a-PLAN.md", Plans.With("## Decision Log\n", "## decision log\n").Replace("id: demo-plan", "id: plan-a", StringComparison.Ordinal));
        var second = _folder.Write("plans/b-PLAN.md", Plans.With("## Decision Log\n", "## decision log\n"));
        File.WriteAllText(_folder.Combine(BaselineFile.DefaultName), Lint(null, useBaseline: false).Baseline!.Recorded.ToJson());

        // Both fixed on disk; a run focused on the second says only the second's entry is stale, as a run of that file alone does.
        File.WriteAllText(first, Plans.Compliant.Replace("id: demo-plan", "id: plan-a", StringComparison.Ordinal));
        File.WriteAllText(second, Plans.Compliant);
        var stale = Lint(Set(second)).RunDiagnostics.Where(d => d.Id == RuleIds.StaleBaselineEntry).ToList();

        Assert.Single(stale);
        Assert.Contains("plans/b-PLAN.md", stale[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, Lint(null).RunDiagnostics.Count(d => d.Id == RuleIds.StaleBaselineEntry));
    }
}
