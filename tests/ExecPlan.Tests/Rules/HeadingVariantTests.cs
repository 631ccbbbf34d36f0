using ExecPlan.Configuration;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>
/// A canonical heading written with a note, a number, emphasis or another case is that section, in both formats: it binds,
/// with one EXP0206 warning that names the canonical heading, never "required section missing" plus "unknown section".
/// </summary>
public sealed class HeadingVariantTests
{
    public static TheoryData<string, string> Variants => new()
    {
        { "## Progress", "## Progress (live)" },
        { "## Decision Log", "## Decision Log (Record \"why,\" not just \"what\")" },
        { "## Purpose / Big Picture", "## 1. Purpose / Big Picture" },
        { "## Decision Log", "## 10) Decision Log" },
        { "## Progress", "## **Progress**" },
        { "## Decision Log", "## __Decision Log__:" },
        { "## Progress", "## PROGRESS" },
        { "## Outcomes & Retrospective", "## 2.3 outcomes and retrospective (filled in at the end)" },
        { "## Purpose / Big Picture", "## Goal" }, // the aliases the schemas declare
        { "## Decision Log", "## Decisions" },
        { "## Outcomes & Retrospective", "## 3. Outcome (so far)" },
        { "## Progress", "## Progress（进行中）" }, // a full-width note
        { "## Decision Log", "## 决策记录（Decision Log）" }, // the title itself as the note of a heading in another language
        { "## Outcomes & Retrospective", "## 成果与回顾 (Outcomes and Retrospective)" },
        { "## Purpose / Big Picture", "## 目的（Goal）" },
        { "## Progress", "## Progress Log" }, // headings public plans write for these sections
        { "## Progress", "## Progress Checklist" },
        { "## Concrete Steps", "## Implementation Steps" },
        { "## Outcomes & Retrospective", "## Completion Summary" },
        { "## Plan of Work", "## Implementation Plan" },
        { "## Purpose / Big Picture", "## Goal {#goal}" }, // markup that is no words of the heading
        { "## Progress", "## Progress notes <!-- live -->" },
        { "## Purpose / Big Picture", "## 🎯 Purpose / Big Picture" }, // pictographs around the words
        { "## Progress", "## 📋 Progress ✅" },
        { "## Decision Log", "## 1️⃣ Decision Log" },
        { "## Surprises & Discoveries", "## **🔍 Surprises & Discoveries**" },
        { "## Outcomes & Retrospective", "## 3. 👩🏽‍💻 Outcomes & Retrospective" },
    };

    [Theory]
    [InlineData("## Acceptance Criteria", "## Validation & Acceptance", "## Validation and Acceptance")]
    [InlineData("## Rollback Plan", "## Idempotence & Recovery", "## Idempotence and Recovery")]
    [InlineData("## Definition of Done", "## Validation & Acceptance", "## Validation and Acceptance")]
    public void A_declared_alias_binds_in_both_formats(string written, string execPlanTitle, string cookbookTitle)
    {
        AssertBinds(Linter.Active(Plans.With(execPlanTitle + "\n", written + "\n")), execPlanTitle, written);
        var cookbook = CookbookSchemaTests.Plan.Replace(cookbookTitle + "\n", written + "\n", StringComparison.Ordinal);
        AssertBinds(Linter.Active(cookbook, LevelNames.Standard, ExecPlanConfig.Default with { Schema = PlanSchemas.Cookbook }), cookbookTitle, written);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Binds_in_the_ExecPlan_format(string canonical, string written) =>
        AssertBinds(Linter.Active(Plans.With(canonical + "\n", written + "\n")), canonical, written);

    [Theory]
    [MemberData(nameof(Variants))]
    public void Binds_in_the_cookbook_format(string canonical, string written) =>
        AssertBinds(
            Linter.Active(CookbookSchemaTests.Plan.Replace(canonical + "\n", written + "\n", StringComparison.Ordinal), LevelNames.Standard, ExecPlanConfig.Default with { Schema = PlanSchemas.Cookbook }),
            canonical,
            written);

    [Theory]
    [InlineData("## Progress report (live)")] // another title with a note is not the section
    [InlineData("## 2024 Progress")] // a year is not a list number
    [InlineData("## (live)")]
    [InlineData("## 进度（见 Progress 一节）")] // a note that only mentions the title
    [InlineData("## （Progress）")] // a note with nothing before it
    [InlineData("## Deployment (Progress)")] // a note on an English heading is about another section
    [InlineData("## Progress 🚀 Deployment")] // a pictograph between words keeps them apart
    public void Other_titles_do_not_bind(string written)
    {
        var found = Linter.Active(Plans.With("## Progress\n", written + "\n"));
        Assert.Contains(found, d => d.Id == RuleIds.MissingRequiredSection);
    }

    [Fact]
    public void A_heading_of_spaces_and_an_unclosed_parenthesis_is_read_at_once()
    {
        var written = "## Progress" + new string(' ', 15_000) + "(x";
        var found = Linter.Active(Plans.With("## Progress\n", written + "\n"));
        Assert.Contains(found, d => d.Id == RuleIds.MissingRequiredSection);
    }

    [Theory]
    [InlineData("## Phase 2: Rollout", false)]
    [InlineData("## Stage II - Cleanup", false)]
    [InlineData("## Phase out the old resolver", true)] // a phase by a word is not a milestone
    [InlineData("## Stage environment", true)]
    [InlineData("## Stage a canary before the rollout", true)]
    [InlineData("## Phase A: Setup", false)]
    public void A_phase_or_stage_by_number_is_a_milestone_and_by_a_word_another_section(string heading, bool unknown)
    {
        var found = Linter.Active(Plans.With("## Decision Log\n", heading + "\n\nThe work of it.\n\n## Decision Log\n"));
        Assert.Equal(unknown, found.Any(d => d.Id == RuleIds.UnknownSection));
    }

    [Fact]
    public void Milestones_written_as_H2s_of_their_own_are_the_milestones_section()
    {
        var execPlan = Plans.Compliant;
        var start = execPlan.IndexOf("## Milestones\n", StringComparison.Ordinal);
        var end = execPlan.IndexOf("\n## ", start + 3, StringComparison.Ordinal) + 1;
        var parts = "## Milestone 1: Parser\n\nParse the plan.\n\n## Milestone 2 - Rules\n\nRun the rules.\n\n## Phase 0.5: Simulator\n\nSimulate.\n\n## Stage 3 - Rollout\n\nRoll out.\n\n";
        var found = Linter.Active(execPlan.Remove(start, end - start).Insert(start, parts));
        Assert.True(found.IsEmpty, Linter.Describe(found));

        var cookbook = CookbookSchemaTests.Plan.Replace("## Concrete Steps\n", parts + "## Concrete Steps\n", StringComparison.Ordinal);
        var cookbookFound = Linter.Active(cookbook, LevelNames.Standard, ExecPlanConfig.Default with { Schema = PlanSchemas.Cookbook });
        Assert.True(cookbookFound.IsEmpty, Linter.Describe(cookbookFound));
    }

    [Fact]
    public void Sections_written_at_H3_under_one_H2_are_one_finding_not_one_per_section()
    {
        var text = Plans.Compliant;
        foreach (var title in new[] { "Progress", "Surprises & Discoveries", "Decision Log", "Outcomes & Retrospective" })
        {
            text = text.Replace("## " + title + "\n", "### " + title + "\n", StringComparison.Ordinal);
        }

        text = text.Replace("## Purpose / Big Picture\n", "## Plan\n\n### Purpose / Big Picture\n", StringComparison.Ordinal);
        var found = Linter.Active(text);

        var nested = Assert.Single(found, d => d.Id == RuleIds.SectionsNested);
        Assert.Equal("The plan's sections are H3 headings under '## Plan' ('### Purpose / Big Picture', '### Progress', '### Surprises & Discoveries' and 2 more); sections are H2 headings.", nested.Message);
        Assert.DoesNotContain(found, d => d.Id == RuleIds.MissingRequiredSection);
    }

    [Fact]
    public void Two_headings_of_one_section_are_one_repeat_named_as_written_not_renames_that_would_write_the_title_twice()
    {
        // `## 1. Objective` and `## 2. Goals` both name Purpose / Big Picture: EXP0206's rename of either would make two.
        var cookbook = CookbookSchemaTests.Plan.Replace("## Purpose / Big Picture\n", "## 1. Objective\n", StringComparison.Ordinal)
            .Replace("## Progress\n", "## 2. Goals\n\nFaster reads.\n\n## Progress\n", StringComparison.Ordinal);
        var found = Linter.Active(cookbook, LevelNames.Standard, ExecPlanConfig.Default with { Schema = PlanSchemas.Cookbook });

        var repeat = Assert.Single(found);
        Assert.Equal(RuleIds.DuplicateSection, repeat.Id);
        Assert.Equal("'## 2. Goals' repeats the section '## Purpose / Big Picture' (first at line 5).", repeat.Message);

        // With EXP0205 turned off, the headings are not left without a word: each is told its canonical title.
        var quiet = ExecPlanConfig.Default with { Schema = PlanSchemas.Cookbook, RuleSeverities = ExecPlanConfig.Default.RuleSeverities.SetItem(RuleIds.DuplicateSection, Diagnostics.Severity.Off) };
        var renames = Linter.Active(cookbook, LevelNames.Standard, quiet);
        Assert.Equal([RuleIds.NonCanonicalHeading, RuleIds.NonCanonicalHeading], renames.Select(d => d.Id));
        Assert.All(renames, d => Assert.Empty(d.Fixes)); // a fix would write the title twice, and nothing would say so

        // One heading of the section, written another way, is still the rename.
        var once = Linter.Active(Plans.With("## Progress\n", "## PROGRESS\n"));
        Assert.Equal(RuleIds.NonCanonicalHeading, Assert.Single(once).Id);
        var exact = Assert.Single(Linter.Active(Plans.With("## Milestones", "## Plan of Work\n\nAgain.\n\n## Milestones")));
        Assert.StartsWith("'## Plan of Work' repeats the section '## Plan of Work' (first at line ", exact.Message, StringComparison.Ordinal);
    }

    private static void AssertBinds(IReadOnlyList<Diagnostics.Diagnostic> found, string canonical, string written)
    {
        var finding = Assert.Single(found);
        Assert.Equal(RuleIds.NonCanonicalHeading, finding.Id);
        Assert.Equal($"The heading '{written}' should be '{canonical}'.", finding.Message);
    }

    [Theory]
    [InlineData("## Progress <!-- live -->")]
    [InlineData("## Decision Log {#decisions}")]
    public void The_title_with_markup_is_the_title_as_written(string written)
    {
        // Nothing to rename: a rename would drop the anchor that links point to.
        var found = Linter.Active(Plans.With(written.Contains("Progress", StringComparison.Ordinal) ? "## Progress\n" : "## Decision Log\n", written + "\n"));
        Assert.DoesNotContain(found, d => d.Id is RuleIds.NonCanonicalHeading or RuleIds.MissingRequiredSection);
    }

    [Theory]
    [InlineData("## Goals", "## Purpose / Big Picture")]
    [InlineData("## Progress Notes", "## Progress")]
    [InlineData("## Implementation Plan", "## Plan of Work")]
    public void An_alias_beside_the_section_under_its_own_title_is_a_section_of_its_own(string alias, string title)
    {
        var found = Linter.Active(Plans.With(title + "\n", title + "\n\nSee below.\n\n" + alias + "\n"));
        Assert.DoesNotContain(found, d => d.Id is RuleIds.DuplicateSection or RuleIds.SectionOutOfOrder or RuleIds.NonCanonicalHeading);
    }
}
