using System.Text;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Hardness.Tests;

/// <summary>Hostile `.execplan.yaml`, `.agent-locks.yaml` and `PLANS.md`: each is a located finding, found quickly, and the plans still lint.</summary>
public sealed class RepositoryFileTests
{
    private static string Locks(int count, Func<int, string> glob)
    {
        var text = new StringBuilder("version: 1\ngenerated_at: 2026-01-01T00:00:00Z\nttl_seconds: 3600\nlocks:\n");
        for (var i = 0; i < count; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - owner: agent-{i}\n    scope:\n      paths: [\"{glob(i)}\"]\n    acquired_at: 2026-01-01T00:00:00Z\n    expires_at: 2099-01-01T00:00:00Z\n");
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(".execplan.yaml", RuleIds.InvalidConfig)]
    [InlineData(".agent-locks.yaml", RuleIds.InvalidLockFile)]
    public void Brackets_nested_a_million_deep_are_refused_at_the_first_bracket_too_deep(string name, string rule)
    {
        var run = Lint(name, "a: " + new string('[', 1_000_000));

        var finding = Assert.Single(run.RunDiagnostics, d => d.Id == rule);
        Assert.Equal((1, 4 + 64), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("nest more than 64 levels", finding.Message, StringComparison.Ordinal);
    }

    // Found by the fuzz: YamlDotNet puts an error at the end of a last line without a line break on the line after it.
    [Theory]
    [InlineData(".execplan.yaml", RuleIds.InvalidConfig, "[#\t", 4)]
    [InlineData(".agent-locks.yaml", RuleIds.InvalidLockFile, "- : x#owner", 12)]
    public void A_YAML_error_at_the_end_of_a_last_line_without_a_line_break_is_on_that_line(string name, string rule, string text, int column)
    {
        var run = Lint(name, text);

        var finding = Assert.Single(run.RunDiagnostics, d => d.Id == rule);
        Assert.Equal((1, column), (finding.Span.Line, finding.Span.Column));
    }

    [Fact]
    public void Four_thousand_clashing_locks_give_a_hundred_conflicts_and_one_count_of_the_rest()
    {
        var run = Lint(".agent-locks.yaml", Locks(4_000, _ => "**"));

        Assert.Equal(100, run.RunDiagnostics.Count(d => d.Id == RuleIds.LockConflict));
        var more = Assert.Single(run.RunDiagnostics, d => d.Id == RuleIds.TooManyFindings);
        Assert.Equal(Diagnostics.Severity.Error, more.Severity);
        Assert.StartsWith("EXP0902 was reported 100 times in this file; ", more.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Star_globs_of_thirty_two_kilobytes_are_refused_not_compared()
    {
        var stars = string.Concat(Enumerable.Repeat("*a", 16_000));
        var run = Lint(".agent-locks.yaml", Locks(2, i => stars + (i == 0 ? "y" : "z")));

        Assert.Equal(2, run.RunDiagnostics.Count(d => d.Id == RuleIds.InvalidLockFile && d.Message.Contains("too long to check", StringComparison.Ordinal)));
    }

    private static Linting.LintRun Lint(string name, string text)
    {
        using var folder = TempFolder.WithGit();
        folder.Write("plans/p-PLAN.md", "---\nid: p\n---\n# PLAN: P\n");
        folder.Write(name, text);
        var run = Bounded.Run(() => folder.Linter().Lint([folder.Path]), Invariants.Limit);
        Assert.Single(run.Files);
        return run;
    }
}
