using System.Globalization;
using System.Text;
using ExecPlan.Linting;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Engine;

/// <summary>The real-world plans of the shared corpus (copied under Corpus/ with their SOURCES.md) lint without a crash, with findings a person can review.</summary>
public sealed class CorpusTests
{
    private static readonly string CorpusFolder = TestRepository.PathOf("tests", "ExecPlan.Tests", "Corpus");

    public static TheoryData<string> Files => [.. FileNames()];

    private static List<string> FileNames() => [.. Directory.GetFiles(CorpusFolder, "*.md", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(f) != "SOURCES.md")
        .Select(f => Path.GetRelativePath(CorpusFolder, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_corpus_plan_lints_without_a_rule_failure(string file)
    {
        var run = Lint(file);
        Assert.DoesNotContain(run.All, d => d.Id == RuleIds.RuleFailure);
        Assert.All(run.All, d => Assert.InRange(d.Span.Line, 1, File.ReadAllLines(Path.Combine(CorpusFolder, file)).Length + 1));
    }

    [Fact]
    public void Corpus_findings_match_the_reviewed_snapshot()
    {
        var text = new StringBuilder();
        foreach (var file in FileNames())
        {
            text.Append("## ").Append(file).Append('\n');
            foreach (var d in Lint(file).All)
            {
                text.Append(d.Span.Line).Append(':').Append(d.Span.Column).Append(' ')
                    .Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Id).Append(' ').Append(d.Message)
                    .Append(d.Suppression is null ? string.Empty : " [suppressed]").Append('\n');
            }

            text.Append('\n');
        }

        Snapshot.Verify("corpus", text.ToString());
    }

    /// <summary>
    /// The same plans as a repository that chose `schema: cookbook` sees them: the snapshot starts with the number of findings
    /// per rule under each format, and Snapshots/corpus-cookbook.notes.md says why each remaining kind of finding is right.
    /// </summary>
    [Fact]
    public void Corpus_findings_under_the_cookbook_format_match_the_reviewed_snapshot()
    {
        var before = new Dictionary<string, int>(StringComparer.Ordinal);
        var after = new Dictionary<string, int>(StringComparer.Ordinal);
        var findings = new StringBuilder();
        foreach (var file in FileNames())
        {
            foreach (var d in Lint(file).All.Where(d => d.IsActive))
            {
                before[d.Id] = before.GetValueOrDefault(d.Id) + 1;
            }

            findings.Append("## ").Append(file).Append('\n');
            foreach (var d in Lint(file, Schema.PlanSchemas.Cookbook).All)
            {
                after[d.Id] = after.GetValueOrDefault(d.Id) + (d.IsActive ? 1 : 0);
                findings.Append(d.Span.Line).Append(':').Append(d.Span.Column).Append(' ')
                    .Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Id).Append(' ').Append(d.Message)
                    .Append(d.Suppression is null ? string.Empty : " [suppressed]").Append('\n');
            }

            findings.Append('\n');
        }

        var text = new StringBuilder("# Findings per rule: execplan -> cookbook\n");
        foreach (var id in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            text.Append(id).Append(": ").Append(before.GetValueOrDefault(id)).Append(" -> ").Append(after.GetValueOrDefault(id)).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"total: {before.Values.Sum()} -> {after.Values.Sum()}\n\n").Append(findings);
        Snapshot.Verify("corpus-cookbook", text.ToString());
    }

    // The corpus plans date from 2025 and 2026: lint them as of a day after the newest.
    private static readonly DateTimeOffset CorpusNow = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    private static LintRun Lint(string file, Schema.PlanSchema? schema = null) =>
        new PlanLinter(new LintSettings { Clock = new FixedClock(CorpusNow), RootDirectory = CorpusFolder, WorkingDirectory = CorpusFolder, Schema = schema })
            .Lint([Path.Combine(CorpusFolder, file)]);
}
