namespace ExecPlan.TestSupport;

/// <summary>Plan text for tests: a compliant standard-level plan and ways to break one thing at a time.</summary>
internal static class Plans
{
    public const string FrontMatter = """
        ---
        id: demo-plan
        status: IN_PROGRESS
        owner: agent-1
        created: 2025-11-22T14:00:00Z
        updated: 2025-11-22T15:00:00Z
        profile: codex-strict
        ---
        """;

    public const string Body = """

        # PLAN: Demo

        ## Purpose / Big Picture

        Show a compliant plan.

        ## Progress

        Status: IN_PROGRESS
        Next Action: Run `dotnet test`.

        - [x] 2025-11-22T14:00:00Z - Wrote the plan (Author: agent-1)
        - [ ] 2025-11-22T14:30:00Z - Run the tests (Owner: agent-1)

        ## Context and Orientation

        The engine lives in `src/ExecPlan`.

        ## Interfaces & Dependencies

        None beyond the .NET SDK.

        ## Constraints & Safety

        ### Allowed Scope

        - Allowed directories: `src/**`

        ### Approval-Required Operations

        - Dependency upgrades

        ### Forbidden Operations

        - Destructive deletes

        ### Secrets & PII

        - Never paste secrets; use `<REDACTED>`.

        ## Tooling Interface & Governance

        Shell and dotnet only.

        ## Plan of Work

        Write the code, then the tests.

        ## Milestones

        One milestone: the tests pass.

        ## Concrete Steps

        1) Run `dotnet build` (cwd: repo root) -> expected: success.

        ## Validation & Acceptance

        - Criterion: the tests pass.
          - Verify: `dotnet test`
          - Expected: `0 failed`

        ## Idempotence & Recovery

        Re-running is safe.

        ## Surprises & Discoveries

        - 2025-11-22T14:10:00Z - The build is fast. (Evidence: `dotnet build` took 5 s)

        ## Decision Log

        - 2025-11-22T14:20:00Z - Decision: Use xunit.
          Alternatives: NUnit
          Rationale: It is already restored.
          Consequences: None.
          Evidence: `/opt/nuget/packages/xunit`
          Author: agent-1

        ## Handoff Summary

        Timestamp: 2025-11-22T15:00:00Z
        Status: IN_PROGRESS
        Next Action: Run `dotnet test`.

        ## Outcomes & Retrospective

        None yet.

        """;

    /// <summary>A plan in the cookbook format with one entry of each living section, a stamped and an open Progress step.</summary>
    public const string Cookbook = """
        # Cache the resolver

        ## Purpose / Big Picture

        Faster lookups.

        ## Progress

        - [x] (2025-11-30 13:00Z) Wrote the cache.
        - [ ] Measure the speed-up.

        ## Surprises & Discoveries

        - Observation: the cache misses on a cold start.
          Evidence: `bench.txt` shows 40 ms.

        ## Decision Log

        - Decision: Use an LRU cache.
          Rationale: bounded memory.
          Date/Author: 2025-10-01 / agent-1

        ## Outcomes & Retrospective

        None yet.

        """;


    /// <summary>A plan that every standard-level rule accepts.</summary>
    public static string Compliant => FrontMatter + "\n" + Body;

    /// <summary>The compliant plan with one piece of text replaced; fails the test when the text is absent.</summary>
    public static string With(string oldText, string newText) => Replace(Compliant, oldText, newText);

    /// <summary>Replaces text that must be present.</summary>
    public static string Replace(string plan, string oldText, string newText)
    {
        Assert.Contains(oldText, plan, StringComparison.Ordinal);
        return plan.Replace(oldText, newText, StringComparison.Ordinal);
    }

    /// <summary>The compliant plan without the named H2 section (heading and body).</summary>
    public static string Without(string title) => Without(Compliant, title);

    /// <summary>The plan without the named H2 section (heading and body).</summary>
    public static string Without(this string plan, string title)
    {
        var start = plan.IndexOf("## " + title + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {title}");
        var end = plan.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? plan[..start] : plan[..start] + plan[(end + 1)..];
    }

    /// <summary>
    /// The plan with a paragraph added under its H1 title (or, without one, under its front matter): every finding of its body
    /// moves down, and none is new. What a baseline must survive.
    /// </summary>
    public static string WithParagraphUnderTitle(this string plan)
    {
        var title = System.Text.RegularExpressions.Regex.Match(plan, "^# .*\n", System.Text.RegularExpressions.RegexOptions.Multiline);
        var frontMatterEnd = plan.StartsWith("---\n", StringComparison.Ordinal) ? plan.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5 : 0;
        var at = title.Success ? title.Index + title.Length : Math.Max(0, frontMatterEnd);
        return plan[..at] + "\nA paragraph added later.\n\n" + plan[at..];
    }

    /// <summary>The real public plans of the test corpus: file name and text.</summary>
    public static IReadOnlyList<(string Name, string Text)> Corpus() =>
        [.. Directory.GetFiles(System.IO.Path.Combine(TestRepository.Root, "tests", "ExecPlan.Tests", "Corpus", "real"), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(f => (System.IO.Path.GetFileName(f), File.ReadAllText(f)))];

    /// <summary>The 1-based line on which <paramref name="text"/> first occurs in <paramref name="plan"/>.</summary>
    public static int LineOf(this string plan, string text)
    {
        var at = plan.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no text {text}");
        return plan.AsSpan(0, at).Count('\n') + 1;
    }
}
