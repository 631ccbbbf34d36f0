using ExecPlan.Schema.Generated;

namespace ExecPlan.Hardness.Tests;

/// <summary>The hostile inputs of docs/hardness.md lint to findings: no exception, no hang, positions inside the file, SARIF that parses.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> TextNames => [.. Hostile.Texts.Keys];

    public static TheoryData<string> ByteNames => [.. Hostile.Bytes.Keys];

    [Theory]
    [MemberData(nameof(TextNames))]
    public void Hostile_text_lints_to_findings(string name) => Invariants.Check(Hostile.Texts[name]());

    [Theory]
    [MemberData(nameof(ByteNames))]
    public void Hostile_bytes_lint_to_findings(string name)
    {
        using var folder = TempFolder.WithGit();
        var file = folder.Write("plans/hostile.md", Hostile.Bytes[name]);
        var run = Bounded.Run(() => folder.Linter().Lint([file]), Invariants.Limit);
        var report = Assert.Single(run.Files);
        Assert.All(report.Diagnostics, d => Assert.InRange(d.Span.Line, 1, Math.Max(1, Hostile.Bytes[name].Count(b => b == '\n') + 1)));
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == RuleIds.RuleFailure);
        Invariants.Sarif(run);
    }

    [Theory]
    [InlineData("binary data", RuleIds.InvalidEncoding)]
    [InlineData("invalid UTF-8", RuleIds.InvalidEncoding)]
    [InlineData("truncated UTF-8 at end", RuleIds.InvalidEncoding)]
    [InlineData("UTF-16 with BOM", RuleIds.InvalidEncoding)]
    [InlineData("empty file", RuleIds.MissingFrontMatter)]
    public void Undecodable_files_get_the_encoding_finding(string name, string expected)
    {
        using var folder = TempFolder.WithGit();
        var file = folder.Write("plans/hostile.md", Hostile.Bytes[name]);
        var report = Assert.Single(folder.Linter().Lint([file]).Files);
        Assert.Contains(report.Diagnostics, d => d.Id == expected);
    }

    [Theory]
    [InlineData("3000-deep indented list")]
    [InlineData("3000-deep ordered list")]
    [InlineData("5000-deep block quote")]
    [InlineData("5000-deep spaced block quote")]
    [InlineData("5000 nested quote lines")]
    [InlineData("quotes and lists interleaved")]
    [InlineData("3000-deep list on one line")]
    [InlineData("50000 open brackets")]
    public void Deep_nesting_is_refused_with_EXP0009_even_on_a_small_stack(string name)
    {
        // 256 KB: the guard, not a large stack, is what keeps the parse off the stack limit.
        var report = Invariants.Check(Hostile.Texts[name](), stackSize: 256 * 1024);
        var finding = Assert.Single(report.Diagnostics);
        Assert.Equal(RuleIds.UnparsablePlan, finding.Id);
    }

    [Fact]
    public void Deep_indentation_is_refused_before_Markdig_spends_quadratic_time()
    {
        // Markdig took 95 s over a 3,000-deep indented list before throwing; the guard answers at once.
        var text = Hostile.Texts["3000-deep indented list"]();
        var report = Invariants.Check(text); // within Invariants.Limit: without the guard Markdig would take minutes
        Assert.Equal(258, Assert.Single(report.Diagnostics).Span.Line);
    }

    [Fact]
    public void Deep_YAML_flow_nesting_is_an_invalid_front_matter_finding_at_the_first_bracket_past_the_limit()
    {
        // YamlDotNet took over 20 s on 100,000 '['; the front matter reader now refuses more than 64 levels.
        var finding = Assert.Single(Invariants.Check(Hostile.Texts["deep YAML flow nesting"]()).Diagnostics, d => d.Id == RuleIds.InvalidFrontMatter);
        Assert.Equal((2, 5 + 64), (finding.Span.Line, finding.Span.Column));
    }

    [Fact]
    public void Nesting_the_parser_accepts_still_lints()
    {
        var text = "# PLAN: x\n\n## Progress\n\n" + string.Concat(Enumerable.Range(0, 60).Select(i => new string(' ', 2 * i) + "- item\n"));
        Assert.DoesNotContain(Invariants.Check(text).Diagnostics, d => d.Id == RuleIds.UnparsablePlan);
    }
}
