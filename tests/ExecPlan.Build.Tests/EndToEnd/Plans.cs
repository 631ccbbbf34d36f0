namespace ExecPlan.Build.Tests.EndToEnd;

/// <summary>Plan texts for the consumer repositories: a compliant standard-level plan and ways to break it.</summary>
internal static class Plans
{
    /// <summary>A plan with every MUST and SHOULD section of the standard level, in schema order, with content.</summary>
    public const string Compliant = """
        ---
        id: lint-demo
        status: IN_PROGRESS
        owner: agent-1
        created: 2025-11-22T14:00:00Z
        updated: 2025-11-22T16:00:00Z
        profile: codex-strict
        ---

        # PLAN: Lint plans during the build

        ## Purpose / Big Picture

        Every build of this repository checks its plans, so that a broken plan is caught before review.

        ## Progress

        Status: IN_PROGRESS
        Next Action: Run the build and read the lint output.

        - [x] 2025-11-22T14:00:00Z - Add the package reference (Owner: agent-1)
        - [ ] 2025-11-22T15:00:00Z - Fix the findings of the first build (Owner: agent-1)

        ## Context and Orientation

        The repository holds one console application and this plan at its root.

        ## Interfaces & Dependencies

        The build depends on the ExecPlan.Build package only.

        ## Constraints & Safety

        ### Allowed Scope

        - The application folder and this plan.

        ### Approval-Required Operations

        - Any change to the package version.

        ### Forbidden Operations

        - Deleting plans to make the build pass.

        ### Secrets & PII

        - Never paste secrets into this plan or logs; use placeholders that say REDACTED.

        ## Tooling Interface & Governance

        The agent may run the dotnet command line only; no other tools are allowed.

        ## Plan of Work

        Reference the package, build once, then fix what the build reports, one finding at a time.

        ## Milestones

        First the package restores, then the build passes with the plan linted.

        ## Concrete Steps

        1) Run the build in the application folder and expect it to succeed.

        ## Validation & Acceptance

        - Criterion: The build passes with this plan.
          - Verify: `dotnet build`
          - Expected: Build succeeded.

        ## Idempotence & Recovery

        The build can run any number of times; nothing is written outside the obj folder.

        ## Surprises & Discoveries

        - 2025-11-22T15:30:00Z - The lint runs once per build. (Evidence: the detailed build log)

        ## Decision Log

        - 2025-11-22T15:45:00Z - Decision: Lint every plan during the build.
          Alternatives: a separate command, a commit hook
          Rationale: the build is the one step everyone runs
          Consequences: a broken plan fails the build
          Evidence: the build log
          Author: agent-1

        ## Handoff Summary

        Timestamp: 2025-11-22T16:00:00Z
        Status: IN_PROGRESS
        Next Action: Run the build and read the lint output.

        The package is referenced and the plan is compliant.

        ## Outcomes & Retrospective

        None yet.

        """;

    /// <summary>The plan without the H2 section <paramref name="title"/> (its heading and body).</summary>
    public static string Without(this string plan, string title)
    {
        var start = plan.IndexOf("\n## " + title + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The plan has no section '{title}'.");
        var end = plan.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return plan.Remove(start, (end < 0 ? plan.Length : end) - start);
    }

    /// <summary>The 1-based line on which <paramref name="text"/> first occurs in <paramref name="plan"/>.</summary>
    public static int LineOf(this string plan, string text) =>
        plan.AsSpan(0, plan.IndexOf(text, StringComparison.Ordinal)).Count('\n') + 1;
}
