using ExecPlan.Configuration;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>How entries are read on real plans: one finding per entry, values under their label, `None yet.` and Progress notes.</summary>
public sealed class EntryReadingTests
{
    [Fact]
    public void An_entry_is_reported_once_as_severe_as_its_worst_gap()
    {
        var found = Linter.Active(Plans.With("  Rationale: It is already restored.\n", string.Empty).Replace("  Evidence: `/opt/nuget/packages/xunit`\n", string.Empty, StringComparison.Ordinal));

        var finding = Assert.Single(found, d => d.Id == RuleIds.DecisionEntryIncomplete);
        Assert.Equal(Diagnostics.Severity.Error, finding.Severity);
        Assert.Equal("The Decision Log entry lacks 'Rationale:' (and should have 'Evidence:').", finding.Message);
    }

    [Fact]
    public void Only_recommended_fields_missing_stay_a_warning()
    {
        var finding = Assert.Single(Linter.Active(Plans.With("  Evidence: `/opt/nuget/packages/xunit`\n", string.Empty)), d => d.Id == RuleIds.DecisionEntryIncomplete);
        Assert.Equal(Diagnostics.Severity.Warning, finding.Severity);
        Assert.Equal("The Decision Log entry lacks 'Evidence:'.", finding.Message);
    }

    [Fact]
    public void A_value_on_the_indented_lines_under_its_label_is_not_empty()
    {
        var text = Plans.With("  Rationale: It is already restored.\n", "  Rationale:\n    It is already restored,\n    and the team knows it.\n");
        Assert.DoesNotContain(Linter.Active(text), d => d.Id == RuleIds.DecisionEntryIncomplete);
        Assert.Contains(Linter.Active(Plans.With("  Rationale: It is already restored.\n", "  Rationale:\n")), d => d.Id == RuleIds.DecisionEntryIncomplete);
    }

    [Theory]
    [InlineData("  Evidence (local): `/opt/nuget/packages/xunit`\n")]
    [InlineData("  **Evidence** (CI run 12): `/opt/nuget/packages/xunit`\n")]
    [InlineData("  **Evidence (local):** `/opt/nuget/packages/xunit`\n")]
    public void A_label_with_a_note_in_parentheses_is_that_field(string labelled)
    {
        var text = Plans.With("  Evidence: `/opt/nuget/packages/xunit`\n", labelled);
        Assert.True(Linter.Active(text).IsEmpty, Linter.Describe(Linter.Active(text)));
        Assert.Contains(Linter.Active(Plans.With("  Evidence: `/opt/nuget/packages/xunit`\n", "  Evidence local `/opt/nuget/packages/xunit`\n")), d => d.Id == RuleIds.DecisionEntryIncomplete);
    }

    [Theory]
    [InlineData("- None yet.")]
    [InlineData("- None.")]
    [InlineData("- *Nothing yet.*")]
    [InlineData("- N/A")]
    public void None_yet_under_a_living_section_is_not_an_incomplete_entry(string none)
    {
        var text = Plans.With("- 2025-11-22T14:10:00Z - The build is fast. (Evidence: `dotnet build` took 5 s)", none);
        Assert.DoesNotContain(Linter.Active(text), d => d.Id == RuleIds.SurpriseEntryIncomplete);
        Assert.Contains(Linter.Active(Plans.With("- 2025-11-22T14:10:00Z - The build is fast. (Evidence: `dotnet build` took 5 s)", "- None of the tests ran.")), d => d.Id == RuleIds.SurpriseEntryIncomplete);
    }

    [Fact]
    public void A_full_stop_after_an_inline_field_is_not_part_of_its_value()
    {
        var text = Plans.With("- [ ] 2025-11-22T14:30:00Z - Run the tests (Owner: agent-1)", "- [ ] 2025-11-22T14:30:00Z - Run the tests (Owner: agent-1).");
        Assert.True(Linter.Active(text).IsEmpty, Linter.Describe(Linter.Active(text)));
    }

    [Fact]
    public void A_plain_bullet_among_the_Progress_checkboxes_is_a_note_not_an_item()
    {
        var text = Plans.With("- [ ] 2025-11-22T14:30:00Z - Run the tests (Owner: agent-1)", "- [ ] 2025-11-22T14:30:00Z - Run the tests (Owner: agent-1)\n- Note: the tests need Docker.");
        Assert.Empty(Linter.Active(text));
        Assert.Contains(Linter.Active(Plans.With("(Owner: agent-1)", string.Empty)), d => d.Id == RuleIds.ProgressItemOwner);
    }

    [Fact]
    public void Date_and_author_together_give_a_decision_its_date_and_its_author()
    {
        var decision = "- 2025-11-22T14:20:00Z - Decision: Use xunit.";
        var text = Plans.With(decision, "- Decision: Use xunit.").Replace("  Author: agent-1\n", "  Date/Author: 2025-11-22 / agent-1\n", StringComparison.Ordinal);
        Assert.DoesNotContain(Linter.Active(text), d => d.Id == RuleIds.DecisionEntryIncomplete);

        var undated = Plans.With(decision, "- Decision: Use xunit.");
        Assert.Contains(Linter.Active(undated), d => d.Id == RuleIds.DecisionEntryIncomplete && d.Message.Contains("a timestamp", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_reading_holds_for_cookbook_entries()
    {
        var cookbook = ExecPlanConfig.Default with { Schema = PlanSchemas.Cookbook };
        var text = CookbookSchemaTests.Plan.Replace("  Rationale: one instance serves all traffic today.\n", "  Rationale:\n    one instance serves all traffic today.\n", StringComparison.Ordinal)
            .Replace("- Observation: the product handler already memoized results per request.\n  Evidence: `go test ./... -run TestHandlerMemo` passes with the cache disabled.\n", "- None yet.\n", StringComparison.Ordinal);
        var found = Linter.Active(text, LevelNames.Standard, cookbook);
        Assert.True(found.IsEmpty, Linter.Describe(found));
    }

    [Fact]
    public void Entries_written_as_paragraphs_are_read_as_entries()
    {
        // As the list form is: `Decision:` then `Rationale:` on the next lines, bold or not; a paragraph of prose is no entry.
        var cookbook = ExecPlanConfig.Default with { Schema = PlanSchemas.Cookbook };
        const string list = "- Decision: keep the cache in process rather than in Redis for now.\n  Rationale: one instance serves all traffic today.\n  Date/Author: 2025-10-01 / Codex\n";
        var complete = "We settled these at the kickoff.\n\nDecision: keep the cache in process.\nRationale: one instance serves all traffic today.\nDate/Author: 2025-10-01 / Codex\n\n"
            + "**Decision:** expire entries after a minute.\n**Rationale:** prices change hourly.\n**Date/Author:** 2025-10-01 / Codex\n";
        Assert.True(Linter.Active(CookbookSchemaTests.Plan.Replace(list, complete, StringComparison.Ordinal), LevelNames.Standard, cookbook).IsEmpty);

        var incomplete = "Decision: keep the cache in process.\nDate/Author: 2025-10-01 / Codex\n\nDecision: expire entries after a minute.\n\nRationale: prices change hourly.\nDate/Author: 2025-10-01 / Codex\n";
        var found = Linter.Active(CookbookSchemaTests.Plan.Replace(list, incomplete, StringComparison.Ordinal), LevelNames.Standard, cookbook);
        var only = Assert.Single(found);
        Assert.Equal((RuleIds.DecisionEntryIncomplete, "The Decision Log entry lacks 'Rationale:'."), (only.Id, only.Message));
    }

    [Fact]
    public void Entries_that_lack_the_same_recommended_fields_are_one_finding_that_says_how_many()
    {
        // One choice of style (no Date/Author anywhere) is one finding at the first entry; a required field missing is one each.
        var cookbook = ExecPlanConfig.Default with { Schema = PlanSchemas.Cookbook };
        const string list = "- Decision: keep the cache in process rather than in Redis for now.\n  Rationale: one instance serves all traffic today.\n  Date/Author: 2025-10-01 / Codex\n";
        var alike = "- Decision: keep the cache in process.\n  Rationale: one instance.\n- Decision: expire after a minute.\n  Rationale: prices change hourly.\n- Decision: warm it at start.\n  Rationale: cold reads are slow.\n";
        var found = Linter.Active(CookbookSchemaTests.Plan.Replace(list, alike, StringComparison.Ordinal), LevelNames.Standard, cookbook);
        Assert.Equal(["The Decision Log entry lacks 'Date/Author:'; so do 2 other entries."], found.Select(d => d.Message));

        var differ = alike.Replace("  Rationale: prices change hourly.\n", string.Empty, StringComparison.Ordinal);
        // A required field missing is an error of its own; the two that lack only Date/Author stay one warning.
        Assert.Equal(
            ["The Decision Log entry lacks 'Date/Author:'; so does 1 other entry.", "The Decision Log entry lacks 'Rationale:' (and should have 'Date/Author:')."],
            Linter.Active(CookbookSchemaTests.Plan.Replace(list, differ, StringComparison.Ordinal), LevelNames.Standard, cookbook).Select(d => d.Message));

        // An entry whose finding a comment suppresses is not counted in the first entry's.
        var suppressed = alike.Replace("- Decision: expire", "<!-- execplan-disable-next-line EXP0502 -->\n- Decision: expire", StringComparison.Ordinal);
        var all = Linter.Lint(CookbookSchemaTests.Plan.Replace(list, suppressed, StringComparison.Ordinal), LevelNames.Standard, cookbook);
        Assert.Equal(["The Decision Log entry lacks 'Date/Author:'; so does 1 other entry."], all.Where(d => d.IsActive).Select(d => d.Message));
        Assert.Single(all, d => !d.IsActive && d.Id == RuleIds.DecisionEntryIncomplete);

        var owners = Linter.Active(Plans.Compliant.Replace(" (Owner: agent-1)", string.Empty, StringComparison.Ordinal).Replace(" (Author: agent-1)", string.Empty, StringComparison.Ordinal)).Where(d => d.Id == RuleIds.ProgressItemOwner).ToList();
        Assert.Equal("The Progress item names no owner (nor does 1 other item); add '(Owner: <id>)' or '(Author: <id>)'.", Assert.Single(owners).Message);
    }
}
