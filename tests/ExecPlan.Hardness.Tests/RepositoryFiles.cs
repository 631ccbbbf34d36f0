using ExecPlan.Linting;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Hardness.Tests;

/// <summary>Lints one plan in a folder whose `.execplan.yaml`, `.agent-locks.yaml` and `PLANS.md` are the given texts, and checks what must hold for any of them.</summary>
internal static class RepositoryFiles
{
    private const string Plan = "---\nid: p\nstatus: DRAFT\nowner: o\ncreated: 2026-01-01T00:00:00Z\nupdated: 2026-01-02T00:00:00Z\nprofile: codex-strict\n---\n# PLAN: P\n";

    /// <summary>No exception, no hang, no engine failure; every repository finding inside its file; no secret quoted.</summary>
    public static LintRun Check(string config, string locks, string policy)
    {
        using var folder = TempFolder.WithGit();
        folder.Write("plans/p-PLAN.md", Plan);
        var texts = new Dictionary<string, string>
        {
            [folder.Write(".execplan.yaml", config)] = config,
            [folder.Write(".agent-locks.yaml", locks)] = locks,
            [folder.Write("PLANS.md", policy)] = policy,
        };

        var run = Bounded.Run(() => folder.Linter().Lint([folder.Path]), Invariants.Limit);

        foreach (var d in run.All)
        {
            Assert.True(d.Id is not RuleIds.RuleFailure and not RuleIds.LintTimeout, $"{d.Id}: {d.Message}");
            Assert.DoesNotContain("R8BcQ4t8JbV1", d.Message, StringComparison.Ordinal);
            if (texts.TryGetValue(d.FilePath, out var text))
            {
                var lines = new Model.LineMap(text).LineCount;
                Assert.True(d.Span.Line >= 1 && d.Span.Line <= lines, $"{d.Id} at {d.Span} in {lines} lines: {d.Message}");
                Assert.True(d.Span.Column >= 1, $"{d.Id} at {d.Span}: {d.Message}");
            }
        }

        Invariants.Sarif(run);
        return run;
    }
}
