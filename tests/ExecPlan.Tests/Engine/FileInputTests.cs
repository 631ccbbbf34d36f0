using ExecPlan.Configuration;
using ExecPlan.Linting;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Engine;

public sealed class FileInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private LintRun Lint(params string[] paths) =>
        new PlanLinter(new LintSettings { Clock = new FixedClock(Linter.Now), RootDirectory = _folder.Path, WorkingDirectory = _folder.Path }).Lint(paths);

    [Fact]
    public void A_missing_file_is_EXP0001()
    {
        var run = Lint(_folder.Combine("gone-PLAN.md"));
        var diagnostic = Assert.Single(run.All);
        Assert.Equal(RuleIds.UnreadableFile, diagnostic.Id);
        Assert.Contains("does not exist", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_EXP0002_at_the_first_nul()
    {
        var path = _folder.Write("bin-PLAN.md", [.. "---\nid: x\n"u8, 0, 1, 2]);
        var diagnostic = Assert.Single(Lint(path).All);
        Assert.Equal(RuleIds.InvalidEncoding, diagnostic.Id);
        Assert.Equal((3, 1), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Invalid_utf8_is_EXP0002_at_the_bad_byte()
    {
        var path = _folder.Write("latin1-PLAN.md", [.. "---\nowner: Jos"u8, 0xE9, .. "\n"u8]);
        var diagnostic = Assert.Single(Lint(path).All);
        Assert.Equal(RuleIds.InvalidEncoding, diagnostic.Id);
        Assert.Equal((2, 11), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("0xE9", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_limit_is_EXP0003_and_skipped()
    {
        var path = _folder.Write("big-PLAN.md", new byte[5 * 1024 * 1024]);
        var diagnostic = Assert.Single(Lint(path).All);
        Assert.Equal(RuleIds.FileTooLarge, diagnostic.Id);
    }

    [Fact]
    public void An_empty_file_gets_findings_not_a_crash()
    {
        var path = _folder.Write("empty-PLAN.md", []);
        var run = Lint(path);
        Assert.Contains(run.All, d => d.Id == RuleIds.MissingFrontMatter);
        Assert.DoesNotContain(run.All, d => d.Id == RuleIds.RuleFailure);
    }

    [Fact]
    public void Duplicate_ids_are_reported_on_every_file_after_the_first()
    {
        var first = _folder.Write("a-PLAN.md", Plans.Compliant);
        var second = _folder.Write("b-PLAN.md", Plans.Compliant);
        var third = _folder.Write("c-PLAN.md", Plans.Compliant);

        var run = Lint(third, second, first);

        Assert.Equal([first, second, third], run.Files.Select(f => f.Path));
        Assert.DoesNotContain(run.Files[0].Diagnostics, d => d.Id == RuleIds.DuplicateId);
        var duplicate = Assert.Single(run.Files[1].Diagnostics, d => d.Id == RuleIds.DuplicateId);
        Assert.Equal((2, 5), (duplicate.Span.Line, duplicate.Span.Column));
        Assert.Contains(first, duplicate.Message, StringComparison.Ordinal);
        Assert.Single(run.Files[2].Diagnostics, d => d.Id == RuleIds.DuplicateId);
    }

    [Fact]
    public void Configured_severity_applies_to_input_findings()
    {
        var path = _folder.Write("bin-PLAN.md", [0]);
        var config = new ExecPlanConfig { RuleSeverities = System.Collections.Immutable.ImmutableDictionary<string, ExecPlan.Diagnostics.Severity>.Empty.Add(RuleIds.InvalidEncoding, ExecPlan.Diagnostics.Severity.Warning) };
        var (report, _, _) = FileLinter.Lint(path, path, config, config.LevelInForce, TimeProvider.System, ExecPlan.Rules.RepositoryInfo.None, default);
        Assert.Equal(ExecPlan.Diagnostics.Severity.Warning, Assert.Single(report.Diagnostics).Severity);
    }
}
