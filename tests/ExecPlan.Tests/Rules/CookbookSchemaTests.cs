using System.Collections.Immutable;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Fixes;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>The cookbook format (`schema: cookbook`): its own plan lints clean, the default format flags it, and each rule that applies to it fires on the smallest plan that breaks it.</summary>
public sealed class CookbookSchemaTests
{
    /// <summary>A plan written to the cookbook's rules: no front matter, a plain title, stamps to the minute, entries with their fields on indented lines.</summary>
    public const string Plan = """
        # Add a read-through cache to the catalog service

        This plan is a living document; the sections Progress, Surprises & Discoveries, Decision Log and Outcomes & Retrospective are kept up to date as work proceeds.

        ## Purpose / Big Picture

        After this change a second request for the same product is served from a cache. Request `/products/42` twice and see `X-Cache: hit` on the second answer.

        ## Progress

        - [x] (2025-10-01 13:00Z) Added the cache interface and an in-memory implementation.
        - [x] (2025-10-01 14:20Z) Wired the cache into the product handler.
        - [ ] Add eviction on product updates (completed: the update hook exists; remaining: call it from the handler).

        ## Surprises & Discoveries

        - Observation: the product handler already memoized results per request.
          Evidence: `go test ./... -run TestHandlerMemo` passes with the cache disabled.

        ## Decision Log

        - Decision: keep the cache in process rather than in Redis for now.
          Rationale: one instance serves all traffic today.
          Date/Author: 2025-10-01 / Codex

        ## Outcomes & Retrospective

        Reads are cached; eviction is next.

        ## Context and Orientation

        The handler serves `/products/{id}` and reads from Postgres through the store.

        ## Plan of Work

        Add a `Cache` interface, wrap the store in a cached store, and call it from the handler.

        ## Concrete Steps

        From the repository root run `go test ./...` and expect `ok`.

        ## Validation and Acceptance

        Run `curl -i localhost:8080/products/42` twice; the second response carries `X-Cache: hit`.

        ## Idempotence and Recovery

        Every step can be repeated; removing the cached store restores the old behaviour.

        ## Artifacts and Notes

            $ curl -i localhost:8080/products/42
            X-Cache: hit

        ## Interfaces and Dependencies

        `Cache` with `Get(id string) (Product, bool)` and `Put(id string, p Product)`.

        ## Revision Notes

        2025-10-01: split eviction into its own step.
        """;

    private static readonly ExecPlanConfig Cookbook = ExecPlanConfig.Default with { Schema = PlanSchemas.Cookbook };

    [Theory]
    [InlineData(LevelNames.Standard)]
    [InlineData(LevelNames.Minimal)]
    public void A_cookbook_plan_lints_clean_as_a_cookbook_plan(string level)
    {
        var diagnostics = Linter.Lint(Plan, level, Cookbook);
        Assert.True(diagnostics.IsEmpty, Linter.Describe(diagnostics));
    }

    [Fact]
    public void The_default_format_flags_it()
    {
        var ids = Linter.Active(Plan).Select(d => d.Id).ToHashSet();
        Assert.Contains(RuleIds.MissingFrontMatter, ids);
        Assert.Contains(RuleIds.MissingTitle, ids);
        Assert.Contains(RuleIds.AmbiguousTimestamp, ids); // the cookbook's stamp is not RFC 3339
    }

    [Fact]
    public void Any_front_matter_keys_are_accepted_but_broken_YAML_is_not()
    {
        Assert.Empty(Active("---\nticket: ABC-1\nreviewers: [a, b]\n---\n" + Plan));
        Assert.Contains(Active("---\nticket: [ABC-1\n---\n" + Plan), d => d.Id == RuleIds.InvalidFrontMatter);
    }

    [Fact]
    public void A_completed_step_without_a_stamp_is_reported_and_an_open_one_is_not()
    {
        var found = Active(Plan.Replace("- [x] (2025-10-01 14:20Z) Wired", "- [x] Wired", StringComparison.Ordinal));
        var finding = Assert.Single(found);
        Assert.Equal(RuleIds.CompletedItemUnstamped, finding.Id);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(12, finding.Span.Line);

        Assert.Empty(Active(Plan.Replace("- [x] (2025-10-01 14:20Z) Wired", "- [x] 2025-10-01T14:20:00Z Wired", StringComparison.Ordinal)));
        Assert.Empty(Active(Plan.Replace("- [x] (2025-10-01 14:20Z) Wired", "- [ ] Wired", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("(2025-10-01 14:20)")] // no zone: which clock?
    [InlineData("(2025-10-01 14:20 +0200)")] // not an RFC 3339 zone
    public void A_stamp_without_a_usable_zone_is_ambiguous(string stamp)
    {
        var found = Active(Plan.Replace("(2025-10-01 14:20Z)", stamp, StringComparison.Ordinal));
        Assert.Contains(found, d => d.Id == RuleIds.AmbiguousTimestamp);
    }

    [Theory]
    [InlineData("(2025-10-01 14:20)", "'2025-10-01 14:20' is not a timestamp the cookbook format takes: no zone; write its zone after it, as in 2025-11-22 14:00Z.")]
    [InlineData("(2025-10-01 14:20 PDT)", "'2025-10-01 14:20 PDT' is not a timestamp the cookbook format takes: a zone name instead of its UTC offset; write 2025-10-01 14:20:00-07:00.")]
    [InlineData("(2025-10-01 14:20 CET)", "'2025-10-01 14:20 CET' is not a timestamp the cookbook format takes: a zone name instead of its UTC offset; write the zone's UTC offset on that date instead, as in 2025-11-22 09:00:00-05:00.")]
    [InlineData("(2025-10-01T14:20:05 UTC)", "'2025-10-01T14:20:05 UTC' is not a timestamp the cookbook format takes: a zone RFC 3339 does not allow; write 2025-10-01T14:20:05Z.")]
    public void A_stamp_is_told_only_what_the_cookbook_format_itself_lacks(string stamp, string message)
    {
        // A space instead of the T and no seconds are the cookbook's own stamp, not faults to list.
        var finding = Assert.Single(Active(Plan.Replace("(2025-10-01 14:20Z)", stamp, StringComparison.Ordinal)));
        Assert.Equal(message, finding.Message);
    }

    [Theory]
    [InlineData("(2025-10-01 14:20-05:00)", "'2025-10-01 14:20' is not a timestamp the cookbook format takes: no zone; if '-05:00' after it is its UTC offset, write 2025-10-01 14:20:00-05:00 (without seconds it reads as the end of a range of times).")]
    [InlineData("(2025-10-01 14:20 -05:00)", "'2025-10-01 14:20' is not a timestamp the cookbook format takes: no zone; if '-05:00' after it is its UTC offset, write 2025-10-01 14:20:00-05:00 (without seconds it reads as the end of a range of times).")]
    [InlineData("(2025-10-01 14:20-15:30)", "'2025-10-01 14:20' is not a timestamp the cookbook format takes: no zone; write its zone after it, as in 2025-11-22 14:00Z.")] // no such offset: a range
    [InlineData("(2025-10-01 09:00-10:00)", "'2025-10-01 09:00' is not a timestamp the cookbook format takes: no zone; write its zone after it, as in 2025-11-22 14:00Z.")] // later than the time: a range
    [InlineData("(2025-10-01 14:20-10:30)", "'2025-10-01 14:20' is not a timestamp the cookbook format takes: no zone; write its zone after it, as in 2025-11-22 14:00Z.")] // no zone is -10:30
    [InlineData("(2025-10-01 14:20-00:00)", "'2025-10-01 14:20' is not a timestamp the cookbook format takes: no zone; write its zone after it, as in 2025-11-22 14:00Z.")]
    [InlineData("(2025-10-01 14:20-03:30)", "'2025-10-01 14:20' is not a timestamp the cookbook format takes: no zone; if '-03:30' after it is its UTC offset, write 2025-10-01 14:20:00-03:30 (without seconds it reads as the end of a range of times).")]
    public void A_negative_offset_after_minutes_is_told_to_take_seconds(string stamp, string message)
    {
        var plan = Plan.Replace("(2025-10-01 14:20Z)", stamp, StringComparison.Ordinal);
        Assert.Equal(message, Assert.Single(Active(plan)).Message);
        Assert.Empty(Active(Plan.Replace("(2025-10-01 14:20Z)", "(2025-10-01 14:20:00-05:00)", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("2025-10-01 14:20 UTC-0", "2025-10-01 14:20Z")] // not -00:00, which says the offset is unknown
    [InlineData("2025-10-01 14:20 UTC", "2025-10-01 14:20Z")]
    [InlineData("2025-10-01 14:20 GMT", "2025-10-01 14:20Z")]
    [InlineData("2025-10-01T14:20 UTC+8", "2025-10-01T14:20+08:00")]
    [InlineData("2025-10-01 14:20 UTC-3", "2025-10-01 14:20:00-03:00")] // `14:20-03:00` reads as a range of times
    [InlineData("2025-10-01 14:20 +02:00", "2025-10-01 14:20+02:00")]
    [InlineData("2025-10-01 14:20 CEST", "2025-10-01 14:20+02:00")]
    [InlineData("2025-10-01 14:20 PDT", "2025-10-01 14:20:00-07:00")]
    [InlineData("2025-10-01 14:20:07 UTC", "2025-10-01 14:20:07Z")]
    [InlineData("2025-10-01T14:20:07.5 GMT+1", "2025-10-01T14:20:07.5+01:00")]
    public void The_fix_keeps_the_plans_own_spelling_and_lints_clean(string stamp, string written)
    {
        var plan = Plan.Replace("(2025-10-01 14:20Z)", $"({stamp})", StringComparison.Ordinal);
        var finding = Assert.Single(Active(plan));
        var edit = Assert.Single(Assert.Single(finding.Fixes).Edits);
        Assert.Equal(written, edit.NewText);
        Assert.Empty(Active(AppliedFixes.Apply(plan, finding.Fixes).Text));
    }

    [Fact]
    public void The_four_living_sections_are_required_and_the_others_recommended()
    {
        Assert.Contains(Active(Without("Decision Log")), d => d.Id == RuleIds.MissingRequiredSection && d.Severity == Severity.Error);
        var recommended = Assert.Single(Active(Without("Concrete Steps")));
        Assert.Equal(RuleIds.MissingRecommendedSection, recommended.Id);
        Assert.Empty(Linter.Active(Without("Concrete Steps"), LevelNames.Minimal, Cookbook));
    }

    [Fact]
    public void Sections_follow_the_cookbook_order()
    {
        var moved = Without("Context and Orientation").Replace("## Progress", "## Context and Orientation\n\nThe handler.\n\n## Progress", StringComparison.Ordinal);
        Assert.Contains(Active(moved), d => d.Id == RuleIds.SectionOutOfOrder);
    }

    [Theory]
    [InlineData("## Validation and Acceptance", "## Validation & Acceptance")]
    [InlineData("## Decision Log", "## Decision log")]
    public void A_near_miss_heading_binds_with_a_warning(string canonical, string written)
    {
        var finding = Assert.Single(Active(Plan.Replace(canonical, written, StringComparison.Ordinal)));
        Assert.Equal(RuleIds.NonCanonicalHeading, finding.Id);
    }

    [Fact]
    public void Entries_need_their_fields()
    {
        var decision = Active(Plan.Replace("  Rationale: one instance serves all traffic today.\n", string.Empty, StringComparison.Ordinal));
        Assert.Contains(decision, d => d.Id == RuleIds.DecisionEntryIncomplete && d.Severity == Severity.Error);
        var observation = Active(Plan.Replace("  Evidence: `go test ./... -run TestHandlerMemo` passes with the cache disabled.\n", string.Empty, StringComparison.Ordinal));
        Assert.Contains(observation, d => d.Id == RuleIds.SurpriseEntryIncomplete && d.Severity == Severity.Warning);
    }

    [Fact]
    public void A_plan_without_a_title_is_reported()
    {
        Assert.Contains(Active(Plan.Replace("# Add a read-through cache to the catalog service\n", string.Empty, StringComparison.Ordinal)), d => d.Id == RuleIds.MissingTitle);
    }

    [Fact]
    public void The_ExecPlan_formats_own_demands_do_not_apply()
    {
        // An external URL without a research snapshot, a file name without -PLAN, HTML: ExecPlan conventions.
        var text = Plan.Replace("Reads are cached; eviction is next.", "Reads are cached; see https://example.com/cache-notes.<br>", StringComparison.Ordinal);
        var diagnostics = Linter.Lint(text, LevelNames.Standard, Cookbook, path: "docs/exec-plans/cache.md");
        Assert.True(diagnostics.IsEmpty, Linter.Describe(diagnostics));
    }

    [Fact]
    public void The_format_is_prose_first()
    {
        var table = Assert.Single(Active(Plan.Replace("Reads are cached; eviction is next.", "Reads are cached.\n\n| a | b |\n|---|---|\n| 1 | 2 |", StringComparison.Ordinal)));
        Assert.Equal((RuleIds.TableInStrict, "cookbook plans do not use tables."), (table.Id, table.Message));
        var checkbox = Assert.Single(Active(Plan.Replace("Reads are cached; eviction is next.", "- [ ] Follow up.", StringComparison.Ordinal)));
        Assert.Equal(RuleIds.CheckboxOutsideProgress, checkbox.Id);
        var nested = Assert.Single(Active(Plan.Replace("Reads are cached; eviction is next.", "````md\n```sh\nls\n```\n````", StringComparison.Ordinal)));
        Assert.Equal(RuleIds.NestedFence, nested.Id);
    }

    [Fact]
    public void A_checklist_outside_Progress_is_reported_once_per_list_with_how_many_it_holds()
    {
        const string Lists = """
            Acceptance criteria:

            - [ ] The cache answers.
            - [x] Misses fall through.
              - [ ] Nested: the store is read once.

            - [ ] After a blank line, the same list.
            - Plain bullets do not end it.
            - [ ] Still the same list.

            * [ ] Another bullet character is another list.

            > - [ ] Quoted: one list,
            > - [ ] of two.

            1. [x] Ordered checkboxes count too.
            """;
        var found = Active(Plan.Replace("Reads are cached; eviction is next.", Lists, StringComparison.Ordinal));

        Assert.All(found, d => Assert.Equal(RuleIds.CheckboxOutsideProgress, d.Id));
        Assert.Equal(
            [
                (30, "cookbook plans use checkboxes only in Progress (5 checkboxes in this list)."),
                (38, "cookbook plans use checkboxes only in Progress (1 checkbox in this list)."),
                (40, "cookbook plans use checkboxes only in Progress (2 checkboxes in this list)."),
                (43, "cookbook plans use checkboxes only in Progress (1 checkbox in this list)."),
            ],
            found.Select(d => (d.Span.Line, d.Message)));
        Assert.Equal(5, found[0].Span.EndColumn - found[0].Span.Column); // the first item's marker and box: `- [ ]`
    }

    [Fact]
    public void The_cookbook_rules_are_listed_for_its_schema()
    {
        var ids = PlanSchemas.RulesOf(PlanSchemas.Cookbook).Select(r => r.Id).ToHashSet();
        Assert.Contains(RuleIds.CompletedItemUnstamped, ids);
        Assert.Contains(RuleIds.MissingRequiredSection, ids);
        Assert.DoesNotContain(RuleIds.MissingFrontMatter, ids);
        Assert.DoesNotContain(RuleIds.ExternalUrlWithoutSnapshot, ids);
        Assert.DoesNotContain(RuleIds.DuplicateId, ids); // no id field
        Assert.DoesNotContain(RuleIds.HtmlInStrict, ids); // HTML is the codex-strict profile's demand
        Assert.DoesNotContain(RuleIds.PlansPointer, ids); // the pointer to the ExecPlan guide
        Assert.DoesNotContain(RuleIds.CompletedItemUnstamped, PlanSchemas.RulesOf(PlanSchemas.ExecPlan).Select(r => r.Id));
    }

    private static ImmutableArray<Diagnostic> Active(string text) => Linter.Active(text, LevelNames.Standard, Cookbook);

    private static string Without(string section)
    {
        var start = Plan.IndexOf("## " + section + "\n", StringComparison.Ordinal);
        var end = Plan.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return Plan.Remove(start, end + 1 - start);
    }
}
