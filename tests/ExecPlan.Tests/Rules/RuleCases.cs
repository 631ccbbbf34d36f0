using System.Collections.Immutable;
using ExecPlan.Configuration;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;
using static ExecPlan.TestSupport.Plans;

namespace ExecPlan.Tests.Rules;

/// <summary>The in-memory rule cases of families EXP00xx-EXP05xx: for each rule, the smallest change that triggers it.</summary>
public static class RuleCases
{
    private const int PlanContextLimit = ExecPlan.Rules.PlanContext.MaxFindingsPerRule;
    private const string ProgressStatus = "Status: IN_PROGRESS\nNext Action: Run `dotnet test`.\n\n- [x]";
    private const string SecondItem = "- [ ] 2025-11-22T14:30:00Z - Run the tests (Owner: agent-1)";

    public static IEnumerable<RuleCase> All =>
    [
        new("EXP0005", With("Show a compliant plan.", "Show a compliant plan\u00e2\u20ac\u201d really."), With("Show a compliant plan.", "Show a compliant plan \u2014 really.")),
        new("EXP0006", With("Show a compliant plan.", "Show a compliant plan.\n<!-- execplan-disable EXP9999 -->"), With("Show a compliant plan.", "Show a compliant plan.\n<!-- execplan-disable EXP0207 -- reason -->")),
        new("EXP0006", With("Show a compliant plan.", "Show a compliant plan.\n<!-- execplan-enable EXP0207 -->"), With("Show a compliant plan.", "Show a compliant plan.\n<!-- execplan-disable EXP0207 -->\n\n<!-- execplan-enable EXP0207 -->")),
        new("EXP0010", With("Show a compliant plan.", string.Concat(Enumerable.Repeat("<br> ", PlanContextLimit + 1))), With("Show a compliant plan.", string.Concat(Enumerable.Repeat("<br> ", PlanContextLimit)))),
        new("EXP0101", Body, Compliant),
        new("EXP0102", With("owner: agent-1", "owner: [agent-1"), Compliant),
        new("EXP0102", Replace(Compliant, "profile: codex-strict\n---\n", "profile: codex-strict\n"), Compliant),
        new("EXP0103", With("owner: agent-1\n", string.Empty), Compliant),
        new("EXP0103", With("owner: agent-1\n", "owner:\n"), Compliant),
        new("EXP0104", With("status: IN_PROGRESS", "status: in-progress"), Compliant),
        new("EXP0104", With("profile: codex-strict", "profile: strict"), With("profile: codex-strict", "profile: repo-native")),
        new("EXP0105", With("created: 2025-11-22T14:00:00Z", "created: 2025-11-22 14:00"), With("created: 2025-11-22T14:00:00Z", "created: 2025-11-22T23:00:00+09:00")),
        new("EXP0106", With("created: 2025-11-22T14:00:00Z", "created: 2025-11-23T14:00:00Z"), Compliant),
        new("EXP0107", With("owner: agent-1\n", "owner: agent-1\npriority: high\n"), Compliant),
        new("EXP0108", With("id: demo-plan", "id: demo plan"), With("id: demo-plan", "id: EP-0017.v2_final")),
        new("EXP0110", With("owner: agent-1", "owner: [agent-1, agent-2]"), Compliant),
        new("EXP0110", With("owner: agent-1\n", "owner: agent-1\nowner: agent-2\n"), Compliant),
        new("EXP0201", With("# PLAN: Demo", "# Demo"), Compliant),
        new("EXP0201", With("# PLAN: Demo", "Demo"), Compliant),
        new("EXP0201", With("## Purpose / Big Picture", "# PLAN: Another\n\n## Purpose / Big Picture"), Compliant),
        new("EXP0202", Without("Plan of Work"), Without("Plan of Work"), CleanLevel: LevelNames.Minimal),
        new("EXP0203", Without("Milestones"), Without("Milestones"), CleanLevel: LevelNames.Minimal),
        new("EXP0204", Replace(Without("Context and Orientation"), "## Milestones", "## Context and Orientation\n\nLate.\n\n## Milestones"), Compliant),
        new("EXP0205", With("## Milestones", "## Plan of Work\n\nAgain.\n\n## Milestones"), Compliant),
        new("EXP0206", With("## Constraints & Safety", "## Constraints and Safety"), Compliant),
        new("EXP0206", With("## Surprises & Discoveries", "## Suprises & Discoveries"), Compliant),
        new("EXP0207", With("## Outcomes & Retrospective", "## Notes\n\nLoose notes.\n\n## Outcomes & Retrospective"), With("## Outcomes & Retrospective", "## Artifacts and Notes\n\nLoose notes.\n\n## Outcomes & Retrospective")),
        new("EXP0208", With("Write the code, then the tests.\n", string.Empty), With("Write the code, then the tests.\n", "None yet.\n")),
        new("EXP0209", With("### Forbidden Operations\n\n- Destructive deletes\n\n", string.Empty), Compliant),
        new("EXP0210", With(SecondItem, SecondItem.Replace("agent-1", "agent-2", StringComparison.Ordinal)), Compliant),
        new("EXP0211", Compliant.Replace("IN_PROGRESS", "BLOCKED", StringComparison.Ordinal).Without("Handoff Summary"), Compliant.Replace("IN_PROGRESS", "BLOCKED", StringComparison.Ordinal)),
        new("EXP0212", With("Show a compliant plan.", "<Describe the goal>"), With("Show a compliant plan.", "Compare List<T> with <https://localhost> and <br> and <REDACTED>.")),
        new("EXP0214", With("## Surprises & Discoveries", "## Notes\n\n### Surprises & Discoveries").Replace("## Decision Log", "### Decision Log", StringComparison.Ordinal), With("## Surprises & Discoveries", "## Notes\n\n### Surprises & Discoveries\n\nSee below.\n\n## Surprises & Discoveries")),
        new("EXP0215", "# Hosting costs\n\n## Executive Summary\n\nRailway is cheapest.\n\n## Options\n\nThree hosts.\n", "# PLAN: Hosting costs\n", Path: "plans/hosting-costs.md"),
        new("EXP0215", "# Hosting costs\n\n## Executive Summary\n\nRailway is cheapest.\n", Compliant.Replace("## Purpose / Big Picture", "## Executive Summary", StringComparison.Ordinal), Path: "plans/hosting-costs.md"),
        new("EXP0215", "# Hosting costs\n\n## Executive Summary\n\nRailway is cheapest.\n", "# PLAN: Hosting costs\n\n## Executive Summary\n\nRailway is cheapest.\n", Path: "plans/hosting-costs.md"),
        new("EXP0213", With("## Outcomes & Retrospective", "## See Also\n\n- The spec.\n\n## Outcomes & Retrospective"), Compliant + "\n## See Also\n\n- The spec.\n"),
        new("EXP0301", With(ProgressStatus, "Next Action: Run `dotnet test`.\n\n- [x]"), Compliant),
        new("EXP0302", With(ProgressStatus, "Status: IN_PROGRESS\nNext Action:\n\n- [x]"), Compliant),
        new("EXP0303", With(ProgressStatus, ProgressStatus.Replace("IN_PROGRESS", "WORKING", StringComparison.Ordinal)), Compliant),
        new("EXP0304", With(ProgressStatus, ProgressStatus.Replace("IN_PROGRESS", "BLOCKED", StringComparison.Ordinal)), Compliant),
        new("EXP0305", With(SecondItem, "- [ ] Run the tests (Owner: agent-1)"), Compliant),
        new("EXP0306", With(SecondItem, "- [ ] 2025-11-22T14:30:00Z - Run the tests"), Compliant),
        new("EXP0307", Compliant.Replace("IN_PROGRESS", "DONE", StringComparison.Ordinal), Compliant.Replace("IN_PROGRESS", "DONE", StringComparison.Ordinal).Replace("- [ ]", "- [x]", StringComparison.Ordinal)),
        new("EXP0308", With("updated: 2025-11-22T15:00:00Z", "updated: 2025-11-22T14:25:00Z"), Compliant),
        new("EXP0309", Replace(Compliant.Replace("IN_PROGRESS", "DONE", StringComparison.Ordinal).Replace("- [ ]", "- [x]", StringComparison.Ordinal), "None yet.\n", string.Empty), Compliant.Replace("IN_PROGRESS", "DONE", StringComparison.Ordinal).Replace("- [ ]", "- [x]", StringComparison.Ordinal)),
        new("EXP0310", With("14:30:00Z - Run the tests", "13:30:00Z - Run the tests"), Compliant),
        new("EXP0311", Compliant, Compliant.Replace("IN_PROGRESS", "DONE", StringComparison.Ordinal).Replace("- [ ]", "- [x]", StringComparison.Ordinal), Config: new ExecPlanConfig { StaleAfter = TimeSpan.FromDays(1) }),
        new("EXP0501", With(" (Evidence: `dotnet build` took 5 s)", string.Empty), Compliant),
        new("EXP0502", With("  Rationale: It is already restored.\n", string.Empty), Compliant),
        new("EXP0502", With("  Alternatives: NUnit\n", string.Empty), With("  Alternatives: NUnit\n", string.Empty), CleanLevel: LevelNames.Minimal),
        new("EXP0503", With("  - Verify: `dotnet test`\n  - Expected: `0 failed`\n", string.Empty), Compliant),
        new("EXP0503", With("  - Verify: `dotnet test`\n", string.Empty), Compliant), // an expected output without the command that prints it
        new("EXP0503", With("  - Expected: `0 failed`\n", string.Empty), Compliant), // a command without what it should print
        new("EXP0504", With("## Handoff Summary", "## Inter-Agent Messages\n\n- 2025-11-22T14:40:00Z - From: agent-1 To: agent-2\n  Intent: ASK\n\n## Handoff Summary"), With("## Handoff Summary", "## Inter-Agent Messages\n\n- 2025-11-22T14:40:00Z - From: agent-1 To: agent-2\n  Intent: REQUEST\n  Message: Review the tests.\n  Acceptance/Test: `dotnet test` passes.\n\n## Handoff Summary")),
        new("EXP0506", With("Timestamp: 2025-11-22T15:00:00Z\n", string.Empty), Compliant),
        new("EXP0507", Compliant + "\n## Plan Revision History\n\n- 2025-11-22T14:50:00Z - Revision 1: scope\n  Changes: none\n", Compliant + "\n## Plan Revision History\n\n- 2025-11-22T14:50:00Z - Revision 1: scope\n  Changes: none\n  Evidence: `git log`\n  Author: agent-1\n"),
        new("EXP0508", With("  - Expected: `0 failed`\n", string.Empty), Compliant, Config: new ExecPlanConfig { Metrics = new(AcceptanceVerifiability: 1.0) }),
        new("EXP0508", Compliant.Replace("  Evidence: `/opt/nuget/packages/xunit`\n", string.Empty, StringComparison.Ordinal), Compliant, Config: new ExecPlanConfig { Metrics = new(EvidenceCoverage: 1.0) }),
        new("EXP0508", With("Show a compliant plan.", "See https://example.com/spec for details."), Compliant, Config: new ExecPlanConfig { Metrics = new(ExternalDependencies: 0) }),
        new("EXP0508", Compliant, Compliant.Replace("IN_PROGRESS", "DONE", StringComparison.Ordinal), Config: new ExecPlanConfig { Metrics = new(LivingFreshness: TimeSpan.FromDays(1)) }), // freshness only while in progress
        new("EXP0602", Compliant + "\n## Research Snapshot\n\n- Retrieved: 2025-11-22T14:05:00Z\n- Source: https://example.com/spec\n", Compliant + "\n## Research Snapshot\n\n- Retrieved: 2025-11-22T14:05:00Z\n- Source: https://example.com/spec\n- Notes: Only what we need.\n"),
        new("EXP0401", With("Show a compliant plan.", "Started 2025-11-22 14:00."), With("Show a compliant plan.", "Started 2025-11-22T14:00:00Z on 2025-11-22.")),
        new("EXP0401", With("Show a compliant plan.", "Started (2025-10-01 13:00Z)."), With("Show a compliant plan.", "Run `echo 2025-11-22 14:00`.")),
        new("EXP0402", With("Show a compliant plan.", "Started 2025-02-30T14:00:00Z."), With("Show a compliant plan.", "Started 2024-02-29T14:00:00Z.")),
        new("EXP0403", With("Show a compliant plan.", "Due 2026-01-05T00:00:00Z."), With("Show a compliant plan.", "Due 2025-12-02T00:00:00Z.")),
        new("EXP0503", With("  - Verify: `dotnet test`\n  - Expected: `0 failed`\n", "  - Expected: all green\n"), Compliant),
        new("EXP0601", With("Show a compliant plan.", "See https://example.com/spec for details."), With("Show a compliant plan.", "See https://example.com/spec for details.") + "\n## Research Snapshot\n\n- Retrieved: 2025-11-22T14:05:00Z\n- Source: https://example.com/spec\n- Notes: The spec says what we need.\n"),
        new("EXP0601", With("Show a compliant plan.", "Docs at <https://example.com/a>."), With("Show a compliant plan.", "Try http://localhost:3000/x and http://127.0.0.1/y and `https://example.com/code`.") + "\n## See Also\n\n- https://example.com/background\n"),
        new("EXP0701", With("Show a compliant plan.", "Token: " + FakeSecrets.GitHubToken), With("Show a compliant plan.", "Token: <REDACTED> at commit 3f2a9c1d5e7b8a0c4d6e8f1a2b3c4d5e6f7a8b9c.")),
        new("EXP0801", With("Show a compliant plan.", "| a | b |\n|---|---|\n| 1 | 2 |"), With("Show a compliant plan.", "| a | b |\n|---|---|\n| 1 | 2 |").Replace("profile: codex-strict", "profile: repo-native", StringComparison.Ordinal)),
        new("EXP0802", With("Show a compliant plan.", "<div>Show a plan.</div>"), With("Show a compliant plan.", "Show a plan. <!-- a comment -->")),
        new("EXP0803", With("One milestone: the tests pass.", "- [ ] The tests pass."), With("One milestone: the tests pass.", "- The tests pass.")),
        new("EXP0804", With("Show a compliant plan.", "````markdown\n```bash\ndotnet test\n```\n````"), With("Show a compliant plan.", "```bash\ndotnet test\n```")),
        new("EXP0805", RepoNative.Replace("Write the code, then the tests.", "<details>\n<summary>Plan</summary>\n\nWrite the code, then the tests.\n\n</details>", StringComparison.Ordinal), RepoNative.Replace("Write the code, then the tests.", "Write the code.\n\n<details>\n<summary>More</summary>\n\nThen the tests.\n\n</details>", StringComparison.Ordinal)),
    ];

    private static string RepoNative => Compliant.Replace("profile: codex-strict", "profile: repo-native", StringComparison.Ordinal);

    public static TheoryData<RuleCase> Data => [.. All];

    public static ImmutableHashSet<string> CoveredIds => [.. All.Select(c => c.RuleId)];
}
