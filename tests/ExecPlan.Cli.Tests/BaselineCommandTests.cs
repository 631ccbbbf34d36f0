using System.Text.Json;
using ExecPlan.Baselines;
using ExecPlan.Output;

namespace ExecPlan.Cli.Tests;

/// <summary>`execplan baseline` and `lint --baseline`, run through the built `execplan` on a repository that already has plans.</summary>
public sealed class BaselineCommandTests
{
    private const string OldPlan = "docs/exec-plans/old-PLAN.md";

    // A plan with today's problems: a status out of the enum and a missing section.
    private static readonly string Broken = Plans.Compliant.Without("Plan of Work").Replace("status: IN_PROGRESS", "status: in-progress", StringComparison.Ordinal);

    private static TempFolder RepositoryWithOldPlans()
    {
        var repo = TempFolder.WithGit();
        repo.Write(OldPlan, Broken);
        return repo;
    }

    [Fact]
    public void Baseline_then_lint_passes_and_a_new_problem_alone_fails_it()
    {
        using var repo = RepositoryWithOldPlans();
        Assert.Equal(ExitCodes.LintErrors, BuiltCli.Run(repo.Path, "lint").ExitCode);

        var (code, stdout, stderr) = BuiltCli.Run(repo.Path, "baseline");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stdout);
        Assert.Matches(@"^execplan: \.execplan-baseline\.json: \d+ entries \(\d+ findings\) recorded in 1 file\.\n$", stderr.ReplaceLineEndings("\n"));

        var known = BuiltCli.Run(repo.Path, "lint");
        Assert.Equal(ExitCodes.Success, known.ExitCode);
        Assert.Empty(known.Output);
        Assert.Matches(@"^0 errors, 0 warnings, 0 infos in 1 file \(\d+ in the baseline\)", known.Error);

        // A new plan with a problem of its own, and the old plan edited above its findings.
        repo.Write("docs/exec-plans/new-PLAN.md", Plans.Compliant.Replace("id: demo-plan", "id: new-plan", StringComparison.Ordinal).Without("Milestones"));
        repo.Write(OldPlan, Broken.Replace("Show a compliant plan.", "Show a compliant plan.\n\nA note added later.", StringComparison.Ordinal));
        var fresh = BuiltCli.Run(repo.Path, "lint");
        Assert.Equal(ExitCodes.Success, fresh.ExitCode); // the new finding is a warning
        Assert.All(fresh.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("docs/exec-plans/new-PLAN.md(", line, StringComparison.Ordinal));
        Assert.Contains("EXP0203", fresh.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_of_real_plans_baselined_fails_on_one_new_error_alone_after_lines_were_added_above_every_finding()
    {
        using var repo = TempFolder.WithGit();
        var corpus = Plans.Corpus();
        Assert.True(corpus.Count >= 10);
        var plans = corpus.Select(p => repo.Write("docs/exec-plans/" + p.Name, p.Text)).ToList();
        Assert.Equal(ExitCodes.LintErrors, BuiltCli.Run(repo.Path, "lint").ExitCode);
        Assert.Equal(ExitCodes.Success, BuiltCli.Run(repo.Path, "baseline").ExitCode);

        // Every plan gets a paragraph under its title: each finding of its body moves down, none is new.
        foreach (var plan in plans)
        {
            File.WriteAllText(plan, File.ReadAllText(plan).WithParagraphUnderTitle());
        }

        var moved = BuiltCli.Run(repo.Path, "lint");
        Assert.True(moved.ExitCode == ExitCodes.Success, moved.ToString());
        Assert.DoesNotContain("error", moved.Output, StringComparison.Ordinal);

        // One new error in one plan: an unfilled template placeholder. Only it is reported as an error.
        File.AppendAllText(plans[3], "\nSee <Task Name> for the details.\n");
        var fresh = BuiltCli.Run(repo.Path, "lint");
        Assert.Equal(ExitCodes.LintErrors, fresh.ExitCode);
        var error = Assert.Single(fresh.Output.Split('\n'), l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Contains("EXP0212", error, StringComparison.Ordinal);
        Assert.StartsWith(ReportPath.Relative(plans[3], repo.Path, Path.DirectorySeparatorChar) + "(", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_finding_is_reported_stale_and_prune_drops_it_without_adding_new_ones()
    {
        using var repo = RepositoryWithOldPlans();
        Assert.Equal(ExitCodes.Success, BuiltCli.Run(repo.Path, "baseline").ExitCode);
        var before = Entries(repo);

        // The status fixed, a section removed: one stale entry, one new finding.
        repo.Write(OldPlan, Broken.Replace("status: in-progress", "status: IN_PROGRESS", StringComparison.Ordinal).Without("Milestones"));
        var lint = BuiltCli.Run(repo.Path, "lint");
        Assert.Contains(".execplan-baseline.json(", lint.Output, StringComparison.Ordinal);
        Assert.True(lint.Output.Contains("info EXP0012: The baseline holds 1 EXP0104 finding(s) in docs/exec-plans/old-PLAN.md", StringComparison.Ordinal), lint.ToString());
        Assert.Contains("EXP0203", lint.Output, StringComparison.Ordinal);

        var (code, _, stderr) = BuiltCli.Run(repo.Path, "baseline", "--prune");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("1 finding no longer found, dropped", stderr, StringComparison.Ordinal);
        var after = Entries(repo);
        Assert.Equal(before.Where(e => e.Rule != "EXP0104"), after);
        Assert.DoesNotContain(after, e => e.Rule == "EXP0203"); // prune never adds

        var again = BuiltCli.Run(repo.Path, "lint");
        Assert.DoesNotContain("EXP0012", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_option_and_the_config_key_name_the_file_and_lint_baseline_reads_any_file()
    {
        using var repo = RepositoryWithOldPlans();

        Assert.Equal(ExitCodes.Success, BuiltCli.Run(repo.Path, "baseline", "--output", "ci/known.json").ExitCode);
        Assert.True(File.Exists(repo.Combine("ci/known.json")));
        Assert.False(File.Exists(repo.Combine(BaselineFile.DefaultName)));
        Assert.Equal(ExitCodes.LintErrors, BuiltCli.Run(repo.Path, "lint").ExitCode);
        Assert.Equal(ExitCodes.Success, BuiltCli.Run(repo.Path, "lint", "--baseline", "ci/known.json").ExitCode);

        repo.Write(".execplan.yaml", "baseline: ci/known.json\n");
        Assert.Equal(ExitCodes.Success, BuiltCli.Run(repo.Path, "lint").ExitCode);
        repo.Write(OldPlan, Broken + "\n## Extra\n\n- [x] stray checkbox\n");
        Assert.Equal(ExitCodes.Success, BuiltCli.Run(repo.Path, "baseline").ExitCode); // rewrites the configured file
        Assert.Equal(ExitCodes.Success, BuiltCli.Run(repo.Path, "lint").ExitCode);
    }

    [Theory]
    [InlineData("not json at all\n", 1)]
    [InlineData("{\n  \"version\": 1,\n  \"entries\": [\n    { \"path\": \"a.md\" }\n  ]\n}\n", 4)]
    public void A_malformed_baseline_is_a_located_EXP0011_and_exit_2(string text, int line)
    {
        using var repo = RepositoryWithOldPlans();
        repo.Write(BaselineFile.DefaultName, text);

        var lint = BuiltCli.Run(repo.Path, "lint");
        Assert.Equal(ExitCodes.Failure, lint.ExitCode);
        Assert.Contains($".execplan-baseline.json({line},", lint.Output, StringComparison.Ordinal);
        Assert.Contains("error EXP0011: Invalid baseline file:", lint.Output, StringComparison.Ordinal);

        var prune = BuiltCli.Run(repo.Path, "baseline", "--prune");
        Assert.Equal(ExitCodes.Failure, prune.ExitCode);
        Assert.Contains("EXP0011", prune.Error, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(repo.Combine(BaselineFile.DefaultName))); // left as it was

        // Recording one folder keeps the other folders' entries, so it cannot go on over a baseline it cannot read.
        var record = BuiltCli.Run(repo.Path, "baseline", "docs");
        Assert.Equal(ExitCodes.Failure, record.ExitCode);
        Assert.Contains("EXP0011", record.Error, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(repo.Combine(BaselineFile.DefaultName)));
    }

    [Fact]
    public void A_missing_baseline_named_on_the_command_line_is_exit_2_and_prune_needs_a_baseline()
    {
        using var repo = RepositoryWithOldPlans();

        var lint = BuiltCli.Run(repo.Path, "lint", "--baseline", "nowhere.json");
        Assert.Equal(ExitCodes.Failure, lint.ExitCode);
        Assert.Contains("the file does not exist; write it with 'execplan baseline'", lint.Output, StringComparison.Ordinal);

        var prune = BuiltCli.Run(repo.Path, "baseline", "--prune");
        Assert.Equal(ExitCodes.Failure, prune.ExitCode);
        Assert.Contains("there is no baseline to prune", prune.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(repo.Combine(BaselineFile.DefaultName)));
    }

    [Fact]
    public void Sarif_marks_each_result_new_or_unchanged_and_fingerprints_every_result()
    {
        using var repo = RepositoryWithOldPlans();
        Assert.Equal(ExitCodes.Success, BuiltCli.Run(repo.Path, "baseline").ExitCode);
        repo.Write(OldPlan, Broken.Without("Milestones"));

        var run = BuiltCli.Run(repo.Path, "lint", "--format", "sarif", "--output", "out.sarif");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString() + BuiltCli.Run(repo.Path, "lint"));
        using var sarif = JsonDocument.Parse(File.ReadAllText(repo.Combine("out.sarif")));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

        Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("partialFingerprints").GetProperty(SarifWriter.FingerprintName).GetString())));
        var states = results.ToLookup(r => r.GetProperty("baselineState").GetString(), r => r.GetProperty("ruleId").GetString());
        Assert.Equal(["EXP0203"], states["new"]);
        Assert.NotEmpty(states["unchanged"]);
        Assert.All(results.Where(r => r.GetProperty("baselineState").GetString() == "unchanged"), r =>
            Assert.Equal("external", r.GetProperty("suppressions")[0].GetProperty("kind").GetString()));
    }

    [Fact]
    public void The_baseline_refuses_to_replace_a_plan_or_the_configuration()
    {
        using var repo = RepositoryWithOldPlans();
        repo.Write(".execplan.yaml", "level: standard\n");

        var plan = BuiltCli.Run(repo.Path, "baseline", "--output", OldPlan);
        Assert.Equal(ExitCodes.Failure, plan.ExitCode);
        Assert.Contains("it is a file being linted", plan.Error, StringComparison.Ordinal);
        Assert.Equal(Broken, File.ReadAllText(repo.Combine(OldPlan)));

        var config = BuiltCli.Run(repo.Path, "baseline", "--output", ".execplan.yaml");
        Assert.Equal(ExitCodes.Failure, config.ExitCode);
        Assert.Contains("it is a configuration file", config.Error, StringComparison.Ordinal);

        // Named by the configuration, a plan is refused just the same.
        repo.Write(".execplan.yaml", $"baseline: {OldPlan}\n");
        var configured = BuiltCli.Run(repo.Path, "baseline");
        Assert.Equal(ExitCodes.Failure, configured.ExitCode);
        Assert.Contains("it is a file being linted", configured.Error, StringComparison.Ordinal);
        Assert.Equal(Broken, File.ReadAllText(repo.Combine(OldPlan)));
    }

    private static List<(string Path, string Rule, string Section, int Count)> Entries(TempFolder repo)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(repo.Combine(BaselineFile.DefaultName)));
        return [.. json.RootElement.GetProperty("entries").EnumerateArray().Select(e => (
            e.GetProperty("path").GetString()!, e.GetProperty("rule").GetString()!, e.GetProperty("section").GetString()!, e.GetProperty("count").GetInt32()))];
    }
}
