using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Engine;

/// <summary>The streamed lint hands on exactly what the whole-run lint returns, file by file in path order, and keeps nothing.</summary>
public sealed class StreamingLintTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private PlanLinter Linter() =>
        new(new LintSettings { Clock = new FixedClock(Infrastructure.Linter.Now), RootDirectory = _folder.Path, WorkingDirectory = _folder.Path });

    private void WritePlans()
    {
        var plans = _folder.Folder("plans");
        foreach (var source in Directory.GetFiles(TestRepository.PathOf("tests", "ExecPlan.Tests", "Corpus", "real"), "*.md"))
        {
            File.Copy(source, Path.Combine(plans, Path.GetFileName(source)));
        }

        // Three plans with one id: the duplicate is reported on the later two, in path order.
        for (var i = 0; i < 3; i++)
        {
            File.WriteAllText(Path.Combine(plans, $"z{i}-PLAN.md"), Plans.Compliant);
        }

        // An invalid configuration value: a run-level finding.
        File.WriteAllText(_folder.Combine(".execplan.yaml"), "level: sometimes\n");
    }

    private static string Line(Diagnostic d) => $"{d.FilePath} {d.Span} {d.Severity} {d.Id} {d.Message} {d.Suppression?.Kind}";

    [Fact]
    public void A_plan_held_in_memory_is_linted_from_its_text_beside_the_files_on_disk()
    {
        var disk = _folder.Write("plans/a-PLAN.md", Plans.Compliant);
        var unsaved = _folder.Combine("plans/b-PLAN.md");
        var overlays = new Dictionary<string, string>
        {
            [disk] = Plans.With("## Decision Log\n", "## decision log\n"),
            [unsaved] = Plans.Compliant,
        };
        var settings = new LintSettings { Clock = new FixedClock(Infrastructure.Linter.Now), RootDirectory = _folder.Path, WorkingDirectory = _folder.Path, Overlays = overlays };

        var run = new PlanLinter(settings).Lint([_folder.Path, unsaved]);

        Assert.Equal([disk, unsaved], run.Files.Select(f => f.Path));
        Assert.Equal([RuleIds.NonCanonicalHeading], run.Files[0].Diagnostics.Select(d => d.Id));
        Assert.Equal([RuleIds.DuplicateId], run.Files[1].Diagnostics.Select(d => d.Id));
        Assert.Equal(Plans.Compliant, File.ReadAllText(disk));
        Assert.False(File.Exists(unsaved));
    }

    [Fact]
    public void Streamed_reports_equal_the_whole_run_in_path_order()
    {
        WritePlans();
        var whole = Linter().Lint([_folder.Path]);

        var events = new List<string>();
        var streamed = new List<FileReport>();
        var totals = Linter().Lint(
            [_folder.Path],
            report =>
            {
                events.Add("file");
                streamed.Add(report);
            },
            found => events.Add($"run {found.Length}"));

        Assert.Equal(Directory.GetFiles(TestRepository.PathOf("tests", "ExecPlan.Tests", "Corpus", "real"), "*.md").Length + 3, whole.Files.Length);
        Assert.Equal($"run {whole.RunDiagnostics.Length}", events[0]);
        Assert.All(events.Skip(1), e => Assert.Equal("file", e));
        Assert.Equal(whole.Files.Select(f => f.Path), streamed.Select(f => f.Path));
        Assert.Equal(whole.Files.SelectMany(f => f.Diagnostics).Select(Line), streamed.SelectMany(f => f.Diagnostics).Select(Line));
        Assert.Equal(2, streamed.SelectMany(f => f.Diagnostics).Count(d => d.Id == RuleIds.DuplicateId));
        Assert.Equal(LintTotals.Of(whole) with { Baseline = null }, totals with { RunDiagnostics = whole.RunDiagnostics, Baseline = null });
        Assert.Equal(whole.Baseline!.Recorded.ToJson(), totals.Baseline!.Recorded.ToJson());
        Assert.Equal(whole.RunDiagnostics.Select(Line), totals.RunDiagnostics.Select(Line));
        Assert.Contains(totals.RunDiagnostics, d => d.Id == RuleIds.InvalidConfig);
        Assert.True(totals.Errors > 0 && totals.Warnings > 0);
    }

    [Fact]
    public void Totals_count_active_findings_and_suppressed_ones_apart()
    {
        var rule = RuleCatalog.Find(RuleIds.MissingField)!;
        Diagnostic Make(Severity severity) => new(rule, severity, "p.md", new SourceSpan(1, 1, 1, 2), "m");
        var run = new LintRun(
            [new FileReport("p.md", [Make(Severity.Error), Make(Severity.Warning), Make(Severity.Info), Make(Severity.Off), Make(Severity.Error) with { Suppression = new Suppression("inline", "r", 1) }])],
            ImmutableArray<Diagnostic>.Empty);

        var totals = LintTotals.Of(run);

        Assert.Equal((1, 1, 1, 1, 1), (totals.Files, totals.Errors, totals.Warnings, totals.Infos, totals.Suppressed));
        Assert.Equal(run.Count(Severity.Error), totals.Errors);
        Assert.True(totals.HasErrors);
    }
}
