using System.Collections.Immutable;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Fixes;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Fixes;

/// <summary>Every fix kind on the smallest plan: the edits give the expected text, the finding is gone, and nothing new is reported.</summary>
public sealed class FixTests
{
    private const string CookbookPlan = Rules.CookbookSchemaTests.Plan + "\n";

    private static readonly ExecPlanConfig Cookbook = ExecPlanConfig.Default with { Schema = Schema.PlanSchemas.Cookbook };

    private const string ProgressHead = "Status: IN_PROGRESS\nNext Action: Run `dotnet test`.\n\n- [x]";

    [Theory]
    [InlineData("- [ ] 2025-11-22T14:30:00Z - Run", "- [ ] 2025-11-22 14:30Z - Run")]
    [InlineData("- [ ] 2025-11-22T14:30:00Z - Run", "- [ ] 2025-11-22T14:30Z - Run")]
    [InlineData("- [ ] 2025-11-22T14:30:00Z - Run", "- [ ] 2025-11-22T14:30:00 UTC - Run")]
    public void A_timestamp_whose_zone_is_known_is_written_in_rfc3339(string canonical, string written) =>
        AssertFixed(RuleIds.AmbiguousTimestamp, Plans.With(canonical, written), Plans.Compliant, FixSafety.Safe);

    [Theory]
    [InlineData("## Decision Log", "## decision log")]
    [InlineData("## Decision Log", "## Decision log")]
    [InlineData("## Purpose / Big Picture", "## Goal")]
    [InlineData("## Progress", "## 2. Progress")]
    [InlineData("## Validation & Acceptance", "## Acceptance Criteria")]
    [InlineData("## Idempotence & Recovery", "## Idempotence and Recovery")]
    public void A_heading_is_written_as_its_canonical_title(string canonical, string written) =>
        AssertFixed(RuleIds.NonCanonicalHeading, Plans.With(canonical + "\n", written + "\n"), Plans.Compliant, FixSafety.Safe);

    [Theory]
    [InlineData("## Progress", "## 2. Progress (live)")]
    [InlineData("## Decision Log", "## 10. Decisions (resolved 2026-04-12)")]
    [InlineData("## Decision Log", "## 决策记录（Decision Log）")]
    public void A_heading_rename_that_drops_a_note_is_unsafe(string canonical, string written) =>
        AssertFixed(RuleIds.NonCanonicalHeading, Plans.With(canonical + "\n", written + "\n"), Plans.Compliant, FixSafety.Unsafe);

    [Theory]
    [InlineData("in-progress")]
    [InlineData("In Progress")]
    public void A_status_spelt_otherwise_is_written_as_the_schema_spells_it(string written) =>
        AssertFixed(RuleIds.InvalidFieldValue, Plans.With("status: IN_PROGRESS", "status: " + written), Plans.Compliant, FixSafety.Safe);

    [Fact]
    public void A_status_near_miss_by_edits_is_an_unsafe_fix() =>
        AssertFixed(RuleIds.InvalidFieldValue, Plans.With("status: IN_PROGRESS", "status: IN_PROGRES"), Plans.Compliant, FixSafety.Unsafe);

    [Fact]
    public void A_stale_updated_is_bumped_to_the_newest_living_timestamp() =>
        AssertFixed(
            RuleIds.StaleUpdated,
            Plans.With("updated: 2025-11-22T15:00:00Z", "updated: 2025-11-22T14:00:00Z"),
            Plans.With("updated: 2025-11-22T15:00:00Z", "updated: 2025-11-22T14:30:00Z"),
            FixSafety.Safe);

    [Theory]
    [InlineData("# Demo")]
    [InlineData("# Plan: Demo")]
    [InlineData("# PLAN:Demo")]
    public void A_title_gets_the_prefix(string written) =>
        AssertFixed(RuleIds.MissingTitle, Plans.With("# PLAN: Demo", written), Plans.Compliant, FixSafety.Safe);

    [Fact]
    public void Sections_out_of_order_move_with_their_bodies()
    {
        var progress = Section(Plans.Compliant, "Progress");
        var plan = Plans.Replace(Plans.Without("Progress"), "## Interfaces & Dependencies", progress + "## Interfaces & Dependencies");

        AssertFixed(RuleIds.SectionOutOfOrder, plan, Plans.Compliant, FixSafety.Safe);
    }

    [Fact]
    public void The_fix_moves_the_section_the_finding_names()
    {
        var context = Section(Plans.Compliant, "Context and Orientation");
        var plan = Plans.Replace(Plans.Replace(Plans.Compliant, context, string.Empty), "## Progress", context + "## Progress");

        var finding = Assert.Single(Linter.Lint(plan), d => d.Id == RuleIds.SectionOutOfOrder);

        Assert.Contains("'## Progress'", finding.Message, StringComparison.Ordinal);
        var deleted = Assert.Single(Assert.Single(finding.Fixes).Edits, e => e.Length > 0);
        Assert.StartsWith("## Progress\n", plan[deleted.Offset..], StringComparison.Ordinal);
        Assert.Equal(Plans.Compliant, AppliedFixes.Apply(plan, finding.Fixes).Text);
    }

    [Fact]
    public void Sections_the_schema_does_not_order_move_with_the_section_before_them_and_see_also_stays_last()
    {
        var compliant = Plans.Replace(Plans.Compliant, "## Context and Orientation", "## Open Notes\n\nA note.\n\n## Context and Orientation") + "\n## See Also\n\nNothing.\n";
        var moving = Section(compliant, "Progress") + Section(compliant, "Open Notes");
        var plan = Plans.Replace(Plans.Replace(compliant, moving, string.Empty), "## Handoff Summary", moving + "## Handoff Summary");

        AssertFixed(RuleIds.SectionOutOfOrder, plan, compliant, FixSafety.Safe);
    }

    [Fact]
    public void A_missing_required_section_is_inserted_at_its_place_with_the_template_body()
    {
        var expected = Plans.With("Shell and dotnet only.", Sections.ToolingInterfaceAndGovernance.Template.TrimEnd('\n'));

        AssertFixed(RuleIds.MissingRequiredSection, Plans.Without(Sections.ToolingInterfaceAndGovernance.Title), expected, FixSafety.Unsafe, RuleIds.UnfilledPlaceholder);
    }

    [Fact]
    public void A_missing_last_section_is_inserted_at_the_end()
    {
        var expected = Plans.With("None yet.", Sections.OutcomesAndRetrospective.Template.TrimEnd('\n'));

        AssertFixed(RuleIds.MissingRequiredSection, Plans.Without(Sections.OutcomesAndRetrospective.Title), expected, FixSafety.Unsafe, RuleIds.UnfilledPlaceholder);
    }

    [Fact]
    public void A_missing_progress_status_takes_the_front_matter_status() =>
        AssertFixed(RuleIds.MissingProgressStatus, Plans.With(ProgressHead, "Next Action: Run `dotnet test`.\n\n- [x]"), Plans.Compliant, FixSafety.Unsafe);

    [Fact]
    public void A_missing_progress_status_before_the_checklist_is_a_paragraph_of_its_own()
    {
        var plan = Plans.With(ProgressHead, "- [x]");
        var next = Sections.Progress.Template.Split('\n').Single(l => l.StartsWith("Next Action:", StringComparison.Ordinal));

        var (fixedText, _, _) = Fix(plan, RuleIds.MissingProgressStatus);

        Assert.Contains("## Progress\n\nStatus: IN_PROGRESS\n\n- [x]", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(next, fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_next_action_comes_from_the_template_after_the_status()
    {
        var next = Sections.Progress.Template.Split('\n').Single(l => l.StartsWith("Next Action:", StringComparison.Ordinal));

        AssertFixed(
            RuleIds.MissingNextAction,
            Plans.With(ProgressHead, "Status: IN_PROGRESS\n\n- [x]"),
            Plans.With(ProgressHead, "Status: IN_PROGRESS\n" + next + "\n\n- [x]"),
            FixSafety.Unsafe,
            RuleIds.UnfilledPlaceholder);
    }

    [Fact]
    public void A_missing_front_matter_field_takes_the_template_value()
    {
        var plan = Plans.With("owner: agent-1\n", string.Empty);
        var owner = TemplateTokens.Owner;

        AssertFixed(RuleIds.MissingField, plan, Plans.Replace(plan, "profile: codex-strict\n", $"profile: codex-strict\nowner: {owner}\n"), FixSafety.Unsafe, RuleIds.UnfilledPlaceholder);
    }

    [Fact]
    public void A_missing_updated_takes_the_newest_timestamp_of_the_plan()
    {
        var plan = Plans.With("updated: 2025-11-22T15:00:00Z\n", string.Empty);

        AssertFixed(RuleIds.MissingField, plan, Plans.Replace(plan, "profile: codex-strict\n", "profile: codex-strict\nupdated: 2025-11-22T15:00:00Z\n"), FixSafety.Unsafe);
    }

    [Fact]
    public void Inserted_text_takes_the_file_s_newlines()
    {
        var plan = Plans.Without(Sections.ToolingInterfaceAndGovernance.Title).Replace("\n", "\r\n", StringComparison.Ordinal);

        var (fixedText, _, _) = Fix(plan, RuleIds.MissingRequiredSection);

        Assert.Contains("## " + Sections.ToolingInterfaceAndGovernance.Title + "\r\n\r\n", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', fixedText.Replace("\r\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_fix_that_would_move_a_secret_is_dropped_and_one_elsewhere_is_kept()
    {
        var progress = Section(Plans.Compliant, "Progress");
        var moved = Plans.Replace(Plans.Without("Progress"), "## Handoff Summary", progress + "## Handoff Summary");
        var withSecretMoved = Plans.Replace(moved, "Wrote the plan", "Wrote the plan with " + FakeSecrets.GitHubToken);
        var withSecretKept = Plans.Replace(moved, "Show a compliant plan.", "Show a compliant plan " + FakeSecrets.GitHubToken + ".");

        Assert.All(Linter.Lint(withSecretMoved).Where(d => d.Id == RuleIds.SectionOutOfOrder), d => Assert.Empty(d.Fixes));
        Assert.All(Linter.Lint(withSecretKept).Where(d => d.Id == RuleIds.SectionOutOfOrder), d => Assert.NotEmpty(d.Fixes));
    }

    [Fact]
    public void A_heading_fix_over_a_secret_is_dropped()
    {
        var plan = Plans.With("## Decision Log\n", "## Decision Logs " + FakeSecrets.GitHubToken + "\n");

        Assert.DoesNotContain(Linter.Lint(plan), d => !d.Fixes.IsEmpty && d.Fixes.Any(f => f.Edits.Any(e => e.NewText.Contains(FakeSecrets.GitHubToken[..6], StringComparison.Ordinal))));
        Assert.All(Linter.Lint(plan).Where(d => d.Id == RuleIds.NonCanonicalHeading), d => Assert.Empty(d.Fixes));
    }

    [Theory]
    [InlineData("(2025-10-01 14:20 UTC)", "(2025-10-01 14:20Z)")]
    [InlineData("(2025-10-01 16:20+02)", "(2025-10-01 16:20+02:00)")]
    [InlineData("(2025-10-01T16:20:05 UTC)", "(2025-10-01T16:20:05Z)")]
    public void A_cookbook_stamp_whose_zone_is_known_is_written_as_the_formats_stamp_in_the_plans_own_spelling(string written, string canonical)
    {
        var plan = Plans.Replace(CookbookPlan, "(2025-10-01 14:20Z)", written);

        AssertFixed(Cookbook, RuleIds.AmbiguousTimestamp, plan, Plans.Replace(CookbookPlan, "(2025-10-01 14:20Z)", canonical), FixSafety.Safe);
    }

    [Fact]
    public void A_cookbook_heading_is_written_as_its_canonical_title() =>
        AssertFixed(Cookbook, RuleIds.NonCanonicalHeading, Plans.Replace(CookbookPlan, "## Decision Log\n", "## decision log\n"), CookbookPlan, FixSafety.Safe);

    [Fact]
    public void A_missing_cookbook_section_comes_from_the_cookbook_template()
    {
        var decisions = Schema.PlanSchemas.Cookbook.Sections.Single(s => s.Title == "Decision Log");
        var plan = Plans.Without(CookbookPlan, decisions.Title);

        var (fixedText, _, after) = Fix(plan, RuleIds.MissingRequiredSection, Cookbook);

        Assert.Contains($"## {decisions.Title}\n\n{decisions.Template.TrimEnd('\n')}\n\n## Outcomes", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(after, d => d.IsActive && d.Id == RuleIds.MissingRequiredSection);
    }

    [Fact]
    public void Overlapping_fixes_are_applied_first_come_and_the_rest_skipped()
    {
        var span = new SourceSpan(1, 1, 1, 1);
        PlanFix Fix(int offset, int length, string text) => new("f", FixSafety.Safe, [new TextEdit(offset, length, text, span)]);
        var fixes = new[] { Fix(0, 3, "A"), Fix(2, 2, "B"), Fix(3, 0, "C"), Fix(3, 0, "D"), Fix(5, 1, "E") };

        var applied = AppliedFixes.Apply("abcdefg", fixes);

        Assert.Equal("ACdeEg", applied.Text);
        Assert.Equal(3, applied.Applied.Length);
        Assert.Equal(2, applied.Skipped.Length);
    }

    // Applies the active findings' fixes of one rule, then lints the result.
    private static (string Fixed, ImmutableArray<Diagnostic> Before, ImmutableArray<Diagnostic> After) Fix(string plan, string ruleId, ExecPlanConfig? config = null)
    {
        var before = Linter.Lint(plan, config: config);
        var fixes = before.Where(d => d.IsActive && d.Id == ruleId).SelectMany(d => d.Fixes).Distinct().ToList();
        Assert.NotEmpty(fixes);
        var fixedText = AppliedFixes.Apply(plan, fixes).Text;
        return (fixedText, before, Linter.Lint(fixedText, config: config));
    }

    private static void AssertFixed(string ruleId, string plan, string expected, FixSafety safety, params string[] added) =>
        AssertFixed(null, ruleId, plan, expected, safety, added);

    private static void AssertFixed(ExecPlanConfig? config, string ruleId, string plan, string expected, FixSafety safety, params string[] added)
    {
        var (fixedText, before, after) = Fix(plan, ruleId, config);

        Assert.Equal(expected, fixedText);
        Assert.All(before.Where(d => d.Id == ruleId).SelectMany(d => d.Fixes), f => Assert.Equal(safety, f.Safety));
        Assert.DoesNotContain(after, d => d.IsActive && d.Id == ruleId);
        foreach (var id in after.Where(d => d.IsActive).Select(d => d.Id).Distinct().Except(added))
        {
            Assert.True(
                after.Count(d => d.IsActive && d.Id == id) <= before.Count(d => d.IsActive && d.Id == id),
                $"the fix added {id}:\n{Linter.Describe(after.Where(d => d.IsActive))}");
        }
    }

    private static string Section(string plan, string title)
    {
        var start = plan.IndexOf("## " + title + "\n", StringComparison.Ordinal);
        var end = plan.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return plan[start..(end + 1)];
    }
}
