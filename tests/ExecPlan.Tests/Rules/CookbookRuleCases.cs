using System.Collections.Immutable;
using ExecPlan.Configuration;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>The in-memory rule cases of the cookbook format: for each rule that applies to it, the smallest edit of <see cref="CookbookSchemaTests.Plan"/> that triggers it.</summary>
public static class CookbookRuleCases
{
    /// <summary>The configuration every cookbook case is linted with.</summary>
    public static readonly ExecPlanConfig Cookbook = ExecPlanConfig.Default with { Schema = PlanSchemas.Cookbook };

    private const string Plan = CookbookSchemaTests.Plan;
    private const string Outcomes = "Reads are cached; eviction is next.";
    private const string Wired = "- [x] (2025-10-01 14:20Z) Wired";
    private const string Rationale = "  Rationale: one instance serves all traffic today.\n";
    private const string Acceptance = "Run `curl -i localhost:8080/products/42` twice; the second response carries `X-Cache: hit`.";
    private const int Cap = ExecPlan.Rules.PlanContext.MaxFindingsPerRule;

    public static IEnumerable<RuleCase> All =>
    [
        Case("EXP0005", With(Outcomes, "Reads are cached\u00e2\u20ac\u201d eviction is next."), With(Outcomes, "Reads are cached \u2014 eviction is next.")),
        Case("EXP0006", With(Outcomes, Outcomes + "\n<!-- execplan-disable EXP9999 -->"), With(Outcomes, Outcomes + "\n<!-- execplan-disable EXP0207 -- reason -->")),
        Case("EXP0006", With(Outcomes, Outcomes + "\n<!-- execplan-enable EXP0207 -->"), With(Outcomes, Outcomes + "\n<!-- execplan-disable EXP0207 -->\n\n<!-- execplan-enable EXP0207 -->")),
        Case("EXP0010", With(Outcomes, Checkboxes(Cap + 1)), With(Outcomes, Checkboxes(Cap))),
        Case("EXP0102", "---\nticket: [ABC-1\n---\n" + Plan, "---\nticket: ABC-1\n---\n" + Plan),
        Case("EXP0201", With("# Add a read-through cache to the catalog service\n", string.Empty), Plan),
        Case("EXP0201", With("## Purpose / Big Picture", "# Another title\n\n## Purpose / Big Picture"), Plan),
        Case("EXP0202", Without("Decision Log"), Without("Concrete Steps")),
        Case("EXP0203", Without("Concrete Steps"), Without("Concrete Steps"), cleanLevel: LevelNames.Minimal),
        Case("EXP0204", With("## Progress", "## Context and Orientation\n\nThe handler.\n\n## Progress", Without("Context and Orientation")), Plan),
        Case("EXP0205", With("## Concrete Steps", "## Plan of Work\n\nAgain.\n\n## Concrete Steps"), Plan),
        Case("EXP0206", With("## Decision Log", "## Decision log"), Plan),
        Case("EXP0206", With("## Validation and Acceptance", "## Validation & Acceptance"), Plan),
        Case("EXP0207", With("## Context and Orientation", "## Notes\n\nLoose notes.\n\n## Context and Orientation"), With("## Context and Orientation", "## Milestones\n\nOne milestone: reads are cached.\n\n## Context and Orientation")),
        Case("EXP0208", With(Outcomes + "\n", string.Empty), With(Outcomes, "None yet.")),
        Case("EXP0212", With(Outcomes, "<What was achieved compared with the purpose, what remains, and what was learned.>"), With(Outcomes, "Compare List<T> with <https://localhost> and <br> and <REDACTED>.")),
        Case("EXP0212", With("# Add a read-through cache to the catalog service", "# <Short, action-oriented description>"), Plan),
        // The trailing extras are Revision Notes, Revision History, See Also and References; Milestones may stand anywhere.
        Case("EXP0214", With("## Surprises & Discoveries", "## Living sections\n\n### Surprises & Discoveries").Replace("## Decision Log", "### Decision Log", StringComparison.Ordinal), Plan),
        Case("EXP0215", "# Hosting costs\n\n## Executive Summary\n\nRailway is cheapest.\n\n## Options\n\nThree hosts.\n", "# Hosting costs\n\n## Goal\n\nPick a host.\n\n## Options\n\nThree hosts.\n", path: "docs/exec-plans/hosting-costs.md"),
        Case("EXP0213", With("## Context and Orientation", "## References\n\n- The cookbook.\n\n## Context and Orientation"), Plan + "\n\n## References\n\n- The cookbook.\n"),
        Case("EXP0213", With("## Interfaces and Dependencies", "## Revision History\n\n- 2025-10-01: first draft.\n\n## Interfaces and Dependencies"), With("## Interfaces and Dependencies", "## Milestones\n\nOne milestone: reads are cached.\n\n## Interfaces and Dependencies")),
        Case("EXP0312", With(Wired, "- [x] Wired"), With(Wired, "- [ ] Wired")),
        Case("EXP0401", With("(2025-10-01 14:20Z)", "(2025-10-01 14:20)"), Plan),
        Case("EXP0401", With(Outcomes, "Reads are cached since 2025-10-01 14:20."), With(Outcomes, "Reads are cached since 2025-10-01 14:20Z.")),
        Case("EXP0402", With("(2025-10-01 14:20Z)", "(2025-02-30 14:20Z)"), With("(2025-10-01 14:20Z)", "(2024-02-29 14:20Z)")),
        Case("EXP0403", With("(2025-10-01 14:20Z)", "(2026-01-05 14:20Z)"), With("(2025-10-01 14:20Z)", "(2025-12-01 11:00Z)")),
        Case("EXP0501", With("  Evidence: `go test ./... -run TestHandlerMemo` passes with the cache disabled.\n", string.Empty), Plan),
        Case("EXP0502", With(Rationale, string.Empty), Plan),
        Case("EXP0502", With("  Date/Author: 2025-10-01 / Codex\n", string.Empty), Plan),
        Case("EXP0503", With(Acceptance, "Request the product twice; the second response is a cache hit."), With(Acceptance, "Request the product twice; the second response is a cache hit:\n\n    curl -i localhost:8080/products/42")),
        // The plan's last stamp is two months old and an item is open (so it is in progress); done, freshness is no target.
        new("EXP0508", Plan, With("- [ ] Add eviction", "- [x] (2025-10-01 15:00Z) Add eviction"), Config: Cookbook with { Metrics = new(LivingFreshness: TimeSpan.FromDays(1)) }),
        // One of the two claims (the decision) has no evidence; without the decision every claim has.
        new("EXP0508", Plan, With("- Decision: keep the cache in process rather than in Redis for now.\n" + Rationale + "  Date/Author: 2025-10-01 / Codex\n", "None yet.\n"), Config: Cookbook with { Metrics = new(EvidenceCoverage: 1.0) }),
        Case("EXP0701", With(Outcomes, "Token: " + FakeSecrets.GitHubToken), With(Outcomes, "Token: <REDACTED> at commit 3f2a9c1d5e7b8a0c4d6e8f1a2b3c4d5e6f7a8b9c.")),
        Case("EXP0801", With(Outcomes, "| a | b |\n|---|---|\n| 1 | 2 |"), With(Outcomes, "- a: 1\n- b: 2")),
        Case("EXP0803", With(Outcomes, "- [ ] Follow up."), With(Outcomes, "- Follow up.")),
        Case("EXP0804", With(Outcomes, "````md\n```sh\nls\n```\n````"), With(Outcomes, "```sh\nls\n```")),
    ];

    public static TheoryData<RuleCase> Data => [.. All];

    public static ImmutableHashSet<string> CoveredIds => [.. All.Select(c => c.RuleId)];

    private static RuleCase Case(string ruleId, string trigger, string clean, string? cleanLevel = null, string path = "plans/demo-PLAN.md") =>
        new(ruleId, trigger, clean, Config: Cookbook, CleanLevel: cleanLevel, Path: path);

    // The compliant cookbook plan (or another) with its one occurrence of `old` replaced.
    private static string With(string old, string replacement, string plan = Plan)
    {
        var at = plan.IndexOf(old, StringComparison.Ordinal);
        if (at < 0 || plan.IndexOf(old, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{old}' must occur exactly once in the plan.", nameof(old));
        }

        return string.Concat(plan.AsSpan(0, at), replacement, plan.AsSpan(at + old.Length));
    }

    // The compliant cookbook plan without one H2 section (heading and body).
    private static string Without(string section)
    {
        var start = Plan.IndexOf("## " + section + "\n", StringComparison.Ordinal);
        var end = Plan.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return Plan.Remove(start, end + 1 - start);
    }

    // As many lists of one checkbox (each list is one finding).
    private static string Checkboxes(int count) => string.Join("\n\n", Enumerable.Range(1, count).Select(i => $"- [ ] Follow-up {i}.\n\nThen {i}."));
}
