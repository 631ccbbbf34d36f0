using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>A file among the plans none of whose sections is the format's: one finding, and only the secret and input checks besides.</summary>
public sealed class NotAPlanTests
{
    private const string Path = "plans/hosting-costs.md";

    // An analysis kept in a plan folder: a table, external links, a checklist, a date without a time, and one real secret.
    private static readonly string Analysis = "# Hosting cost analysis\n\n**Last Updated:** 2026-01-05\n\n## Executive Summary\n\nRailway is cheapest.\n\n"
        + "## Options\n\n| Host | Cost |\n|---|---|\n| Railway | $10 |\n\nSee https://railway.com/pricing.\n\n- [ ] Ask finance\n\n"
        + "## Configuration\n\n    api_key = " + FakeSecrets.Join("a8f3Kd92", "LmQz7Xw1Pq4R") + "\n";

    public static TheoryData<string> Formats() => [PlanSchemas.ExecPlan.Key, PlanSchemas.Cookbook.Key];

    private static ExecPlanConfig Config(string format) =>
        ExecPlanConfig.Default with { Schema = format == PlanSchemas.Cookbook.Key ? PlanSchemas.Cookbook : PlanSchemas.ExecPlan };

    private static IEnumerable<string> Ids(string text, ExecPlanConfig? config = null, string path = Path) =>
        Linter.Active(text, LevelNames.Standard, config, path).Select(d => d.Id);

    [Theory]
    [MemberData(nameof(Formats))]
    public void It_gets_one_finding_at_its_first_section_and_the_secret_scan(string format)
    {
        var found = Linter.Active(Analysis, LevelNames.Standard, Config(format), Path);

        Assert.Equal([RuleIds.NotAPlan, RuleIds.PossibleSecret], found.Select(d => d.Id).Order(StringComparer.Ordinal));
        var finding = Assert.Single(found, d => d.Id == RuleIds.NotAPlan);
        Assert.Equal(5, finding.Span.Line);
        Assert.Equal(
            "None of the file's sections is one of the format's ('## Executive Summary', '## Options' and 1 more); if the file is not a plan, leave it out with 'exclude:' in .execplan.yaml.",
            finding.Message);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Turned_off_or_suppressed_it_is_linted_as_a_plan(string format)
    {
        var off = Config(format) with { RuleSeverities = ExecPlanConfig.Default.RuleSeverities.SetItem(RuleIds.NotAPlan, Severity.Off) };
        Assert.Contains(RuleIds.MissingRequiredSection, Ids(Analysis, off));

        var suppressed = Ids("<!-- execplan-disable-file EXP0215 -->\n" + Analysis, Config(format)).ToList();
        Assert.Contains(RuleIds.MissingRequiredSection, suppressed);
        Assert.DoesNotContain(RuleIds.NotAPlan, suppressed);
    }

    [Theory]
    // The format's title, a plan's file name, front matter of the format, a section as an H1 or one level down (one is enough),
    // a heading the configuration allows.
    [InlineData("# PLAN: Cache\n\n## Hosting notes\n\nLater.\n", Path)]
    [InlineData("# Cache\n\n## Hosting notes\n\nLater.\n", "plans/cache-PLAN.md")]
    [InlineData("# Cache\n\n## Hosting notes\n\nLater.\n", "docs/exec-plans/EXECPLAN.md")]
    [InlineData("# Cache\n\n## Hosting notes\n\nLater.\n", "docs/exec-plans/exec-plan.md")]
    [InlineData("# Cache\n\n## Hosting notes\n\nLater.\n", "docs/EXECPLAN_cache.md")]
    [InlineData("# Cache\n\n## Hosting notes\n\nLater.\n", "plans/cache/plan.md")]
    [InlineData("---\nid: hosting\nstatus: DRAFT\n---\n\n# Hosting\n\n## Notes\n\nLater.\n", Path)]
    [InlineData("# Cache\n\n# Purpose\n\nFaster reads.\n\n## Scope\n\nReads.\n\n# Progress\n\n- [ ] Start\n", Path)]
    [InlineData("# Cache\n\n## Plan\n\n### Progress\n\n- [ ] Start\n", Path)]
    [InlineData("# Cache\n\n## 🎯 Purpose / Big Picture\n\nFaster reads.\n", Path)]
    public void A_file_that_says_it_is_a_plan_is_linted_as_one(string text, string path)
    {
        var ids = Ids(text, path: path).ToList();
        Assert.DoesNotContain(RuleIds.NotAPlan, ids);
        Assert.Contains(RuleIds.MissingRequiredSection, ids);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Milestones_or_phases_of_its_own_make_it_a_plan_in_either_format(string format)
    {
        var ids = Ids("# 恢复总计划\n\n## 不变量\n\n只读。\n\n## Phase 0 - 项目上下文\n\n文档。\n", Config(format)).ToList();
        Assert.DoesNotContain(RuleIds.NotAPlan, ids);
        Assert.Contains(RuleIds.MissingRequiredSection, ids);
    }

    [Theory]
    [InlineData("docs/plans/cache-implementation-plan.md")] // `plan` as a word, not the format's name
    [InlineData("docs/plans/ROADMAP.md")]
    [InlineData("docs/exec-plans/execplan-style-guide.md")]
    [InlineData("docs/exec-plans/EXECPLANS.md")]
    public void A_name_alone_that_is_not_a_plan_name_says_nothing(string path) =>
        Assert.Contains(RuleIds.NotAPlan, Ids("# Cache\n\n## Hosting notes\n\nLater.\n", path: path));

    [Fact]
    public void Headings_the_configuration_allows_make_it_a_plan()
    {
        var config = ExecPlanConfig.Default with { ExtraSections = ["Open Questions"] };
        Assert.DoesNotContain(RuleIds.NotAPlan, Ids("# Cache\n\n## Open Questions\n\nNone.\n", config));
        Assert.Contains(RuleIds.NotAPlan, Ids("# Cache\n\n## References\n\n- The spec.\n")); // the format's own extras do not
    }

    [Fact]
    public void It_has_no_plan_summary_so_the_status_board_leaves_it_out()
    {
        var linter = new PlanLinter(new LintSettings { Clock = new FixedClock(Linter.Now) });
        Assert.Null(linter.LintText(Path, Analysis).Summary);
        Assert.NotNull(linter.LintText("plans/demo-PLAN.md", Plans.Compliant).Summary);
    }

    [Fact]
    public void A_title_with_no_section_yet_is_a_plan_to_write_and_keeps_the_fixes_that_write_its_sections()
    {
        var found = Linter.Active("# Hosting\n", path: Path);
        Assert.DoesNotContain(found, d => d.Id == RuleIds.NotAPlan);
        Assert.Contains(found, d => d.Id == RuleIds.MissingRequiredSection && !d.Fixes.IsDefaultOrEmpty);
    }

    [Fact]
    public void A_file_its_baseline_holds_as_a_plan_stays_one_so_an_upgrade_adds_no_error()
    {
        using var root = TempFolder.WithGit();
        root.Write(Path, Analysis.Replace("    api_key", "    key_name", StringComparison.Ordinal));
        var settings = new LintSettings { Clock = new FixedClock(Linter.Now), WorkingDirectory = root.Path };

        // A baseline recorded before EXP0215, as it was then: the file's unknown sections and the rest (EXP0202 turned off).
        var off = "rules:\n  EXP0215: off\n  EXP0202: off\n";
        root.Write(".execplan.yaml", off);
        var recorded = new PlanLinter(new LintSettings { Clock = new FixedClock(Linter.Now), WorkingDirectory = root.Path, UseBaseline = false }).Lint([root.Path]).Baseline!.Recorded;
        Assert.Contains(recorded.Entries, e => e.Key.Rule == RuleIds.UnknownSection);
        root.Write(".execplan-baseline.json", recorded.ToJson());
        File.Delete(root.Combine(".execplan.yaml"));

        var run = new PlanLinter(settings).Lint([root.Path]);
        var findings = run.Files.Single().Diagnostics;
        Assert.DoesNotContain(findings, d => d.Id == RuleIds.NotAPlan);
        Assert.DoesNotContain(findings, d => d.IsActive && d.Id != RuleIds.MissingRequiredSection); // EXP0202 was off then

        // `fix` reads it as the lint does: as a plan.
        var fixes = new List<ExecPlan.Fixes.FileFix>();
        new ExecPlan.Fixes.PlanFixer(settings, new ExecPlan.Fixes.FixOptions { DryRun = true }).Fix([root.Path], fixes.Add);
        var fix = Assert.Single(fixes);
        Assert.DoesNotContain(fix.Remaining, d => d.Id == RuleIds.NotAPlan);
        Assert.Contains(fix.Fixed, f => f.RuleId == RuleIds.MissingTitle); // the title made '# PLAN: ...'
        Assert.Contains(fix.Remaining, d => d.Id == RuleIds.MissingRequiredSection);

        // Without the baseline the file is one EXP0215.
        File.Delete(root.Combine(".execplan-baseline.json"));
        Assert.Contains(new PlanLinter(settings).Lint([root.Path]).Files.Single().Diagnostics, d => d.Id == RuleIds.NotAPlan);
    }
}
