using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>A file among the plans none of whose sections is the format's: one finding, and only the secret and input checks besides.</summary>
public sealed class NotAPlanTests
{
    // An analysis kept in a plan folder: a table, external links, a checklist, a date without a time, and one real secret.
    private static readonly string Analysis = "# Hosting cost analysis\n\n**Last Updated:** 2026-01-05\n\n## Executive Summary\n\nRailway is cheapest.\n\n"
        + "## Options\n\n| Host | Cost |\n|---|---|\n| Railway | $10 |\n\nSee https://railway.com/pricing.\n\n- [ ] Ask finance\n\n"
        + "## Configuration\n\n    api_key = " + FakeSecrets.Join("a8f3Kd92", "LmQz7Xw1Pq4R") + "\n";

    public static TheoryData<string> Formats() => [PlanSchemas.ExecPlan.Key, PlanSchemas.Cookbook.Key];

    private static ExecPlanConfig Config(string format) =>
        ExecPlanConfig.Default with { Schema = format == PlanSchemas.Cookbook.Key ? PlanSchemas.Cookbook : PlanSchemas.ExecPlan };

    [Theory]
    [MemberData(nameof(Formats))]
    public void It_gets_one_finding_at_its_first_section_and_the_secret_scan(string format)
    {
        var found = Linter.Active(Analysis, LevelNames.Standard, Config(format));

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
        Assert.Contains(Linter.Active(Analysis, LevelNames.Standard, off), d => d.Id == RuleIds.MissingRequiredSection);

        var suppressed = Linter.Active("<!-- execplan-disable-file EXP0215 -->\n" + Analysis, LevelNames.Standard, Config(format));
        Assert.Contains(suppressed, d => d.Id == RuleIds.MissingRequiredSection);
        Assert.DoesNotContain(suppressed, d => d.Id == RuleIds.NotAPlan);
    }

    [Fact]
    public void Sections_written_one_level_down_or_front_matter_of_the_format_make_it_a_plan()
    {
        var nested = "# Cache\n\n## Notes\n\n### Progress\n\n- [ ] Start\n\n### Decision Log\n\n- None yet.\n";
        Assert.Contains(Linter.Active(nested), d => d.Id == RuleIds.SectionsNested);
        Assert.DoesNotContain(Linter.Active(nested), d => d.Id == RuleIds.NotAPlan);

        var stub = "---\nid: hosting\nstatus: DRAFT\n---\n\n# PLAN: Hosting\n\n## Notes\n\nLater.\n";
        Assert.Contains(Linter.Active(stub), d => d.Id == RuleIds.MissingRequiredSection);
        Assert.DoesNotContain(Linter.Active(stub), d => d.Id == RuleIds.NotAPlan);
    }

    [Fact]
    public void It_has_no_plan_summary_so_the_status_board_leaves_it_out()
    {
        var linter = new ExecPlan.Linting.PlanLinter(new ExecPlan.Linting.LintSettings { Clock = new FixedClock(Linter.Now) });
        Assert.Null(linter.LintText("plans/costs.md", Analysis).Summary);
        Assert.NotNull(linter.LintText("plans/demo-PLAN.md", Plans.Compliant).Summary);
    }

    [Fact]
    public void A_title_with_no_section_yet_is_a_plan_to_write_and_keeps_the_fixes_that_write_its_sections()
    {
        var found = Linter.Active("# PLAN: Hosting\n");
        Assert.DoesNotContain(found, d => d.Id == RuleIds.NotAPlan);
        Assert.Contains(found, d => d.Id == RuleIds.MissingRequiredSection && !d.Fixes.IsDefaultOrEmpty);
    }
}
