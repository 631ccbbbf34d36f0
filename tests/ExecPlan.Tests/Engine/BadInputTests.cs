using ExecPlan.Configuration;
using ExecPlan.Model;
using System.Text;
using ExecPlan.Linting;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Engine;

/// <summary>Every bad input of the foundation issue gets a finding or a clean result, never an exception or a hang.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Inputs => [.. Cases.Keys];

    private static readonly Dictionary<string, Func<byte[]>> Cases = new(StringComparer.Ordinal)
    {
        ["empty"] = () => [],
        ["unclosed-front-matter"] = () => Utf8("---\nid: x\nstatus: DRAFT\n\n# PLAN: x\n"),
        ["binary"] = () => [0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A, 0xFF],
        ["invalid-utf8"] = () => [.. Utf8("# PLAN: x\n"), 0xC3, 0x28],
        ["deep-list"] = () => Utf8(string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', Math.Min(i, 1000) * 2) + "- x\n"))),
        ["deep-list-inline"] = () => Utf8(string.Concat(Enumerable.Repeat("- ", 3000)) + "x\n"),
        ["deep-quote"] = () => Utf8(new string('>', 5000) + " x\n"),
        ["long-line"] = () => Utf8(new string('a', 2_000_000) + "\n"),
        ["many-headings"] = () => Utf8(string.Concat(Enumerable.Range(0, 20000).Select(i => $"## Heading {i}\n\ntext\n\n"))),
        ["alias-bomb"] = () => Utf8("---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nid: *e\n---\n# PLAN: x\n"),
        ["unclosed-fences"] = () => Utf8(string.Concat(Enumerable.Repeat("```\nunclosed\n", 1000))),
        ["nested-brackets"] = () => Utf8(new string('[', 50000) + "\n" + new string('*', 50000) + "\n"),
        ["crlf-and-tabs"] = () => Utf8(Plans.Compliant.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("  ", "\t", StringComparison.Ordinal)),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Bad_input_gets_findings_within_the_file_and_no_failure(string name)
    {
        var path = _folder.Combine(name + "-PLAN.md");
        File.WriteAllBytes(path, Cases[name]());
        var lines = Math.Max(1, File.ReadAllBytes(path).Count(b => b == (byte)'\n') + 1);

        var task = Task.Run(() => new PlanLinter(new LintSettings { Clock = new FixedClock(Linter.Now), RootDirectory = _folder.Path, WorkingDirectory = _folder.Path }).Lint([path]));
        var run = await task.WaitAsync(TimeSpan.FromSeconds(60));

        var diagnostics = run.All.ToList();
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.RuleFailure);
        Assert.All(diagnostics, d => Assert.InRange(d.Span.Line, 1, lines));
        Assert.All(diagnostics, d => Assert.True(d.Span.Column >= 1));
    }

    [Fact]
    public void Absurd_nesting_is_reported_as_unparsable()
    {
        var path = _folder.Combine("quote-PLAN.md");
        File.WriteAllBytes(path, Cases["deep-quote"]());
        var finding = Assert.Single(new PlanLinter(new LintSettings { RootDirectory = _folder.Path }).Lint([path]).All, d => d.Id == RuleIds.UnparsablePlan);
        Assert.Contains("nested too deeply", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("|", "\n")]
    [InlineData("<b>x</b>", "\r\n")]
    [InlineData("*", "\r")]
    public void A_line_too_long_to_be_prose_is_unparsable_at_its_line_and_its_secrets_are_still_reported(string unit, string newline)
    {
        var path = _folder.Combine("long-PLAN.md");
        var token = string.Concat("gh", "p_", "R8BcQ4t8JbV1eyQjQapBLaHwUc9Rv9xZ2mKq");
        var line = string.Concat(Enumerable.Repeat(unit, (LineLengthLimit.MaxLength / unit.Length) + 1));
        File.WriteAllText(path, $"# PLAN: Long{newline}{newline}Deploy with {token}.{newline}{line}{newline}");

        var all = new PlanLinter(new LintSettings { RootDirectory = _folder.Path }).Lint([path]).All.ToList();

        var finding = Assert.Single(all, d => d.Id == RuleIds.UnparsablePlan);
        Assert.Equal((4, 1), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("line is longer than 20,000 characters", finding.Message, StringComparison.Ordinal);
        Assert.Contains(all, d => d.Id == RuleIds.PossibleSecret && d.Span.Line == 3);
    }

    [Fact]
    public void A_long_line_in_closed_front_matter_is_left_to_the_YAML_limits_and_one_in_unclosed_front_matter_is_not()
    {
        var line = new string('a', LineLengthLimit.MaxLength + 1);
        Assert.Equal(0, LineLengthLimit.FirstTooLongLine($"---\nx: {line}\n---\n# PLAN: x\n"));
        Assert.Equal(2, LineLengthLimit.FirstTooLongLine($"---\nx: {line}\n# PLAN: x\n"));
        Assert.Equal(5, LineLengthLimit.FirstTooLongLine($"---\nx: 1\n---\n\n{line}"));
    }

    [Fact]
    public void A_line_at_the_limit_is_parsed()
    {
        var text = Plans.Compliant + new string('x', LineLengthLimit.MaxLength) + "\n";
        Assert.DoesNotContain(Linter.Lint(text), d => d.Id == RuleIds.UnparsablePlan);
    }

    [Fact]
    public void A_table_of_more_bars_than_a_plan_holds_is_unparsable_at_the_line_past_the_limit_and_its_secrets_are_still_reported()
    {
        var path = _folder.Combine("table-PLAN.md");
        var token = string.Concat("gh", "p_", "R8BcQ4t8JbV1eyQjQapBLaHwUc9Rv9xZ2mKq");
        var rows = string.Concat(Enumerable.Repeat("| a | b |\n", TableCellLimit.MaxBars / 3)); // 3 bars a row: 9,999 bars
        File.WriteAllText(path, $"# PLAN: Table\n\nDeploy with {token}.\n\n| a | b |\n|---|---|\n{rows}");

        var all = new PlanLinter(new LintSettings { RootDirectory = _folder.Path }).Lint([path]).All.ToList();

        var finding = Assert.Single(all, d => d.Id == RuleIds.UnparsablePlan);
        Assert.Equal(6 + 3332, finding.Span.Line); // 6 bars above the rows, 3 a row: the 10,001st bar is on row 3,332
        Assert.Contains("more than 10,000 '|' table bars", finding.Message, StringComparison.Ordinal);
        Assert.Contains(all, d => d.Id == RuleIds.PossibleSecret && d.Span.Line == 3);
    }

    [Fact]
    public void A_plan_of_exactly_the_most_bars_is_parsed()
    {
        var text = Plans.Compliant + string.Concat(Enumerable.Repeat("| a |\n", (TableCellLimit.MaxBars - Plans.Compliant.Count(c => c == '|')) / 2));
        Assert.Equal(0, TableCellLimit.FirstLineOverLimit(text));
        Assert.DoesNotContain(Linter.Lint(text), d => d.Id == RuleIds.UnparsablePlan);
        Assert.NotEqual(0, TableCellLimit.FirstLineOverLimit(text + "| a |\n"));
    }

    [Fact]
    public void More_non_blank_lines_than_a_plan_of_the_size_limit_holds_is_unparsable_at_the_first_line_past_it_and_secrets_are_still_reported()
    {
        var path = _folder.Combine("headings-PLAN.md");
        var token = string.Concat("gh", "p_", "R8BcQ4t8JbV1eyQjQapBLaHwUc9Rv9xZ2mKq");
        var limit = (int)LineCountLimit.MaxLines(ExecPlanConfig.Default.MaxFileSize);
        var headings = string.Concat(Enumerable.Repeat("## x\n\n", limit)); // blank lines between them do not count
        File.WriteAllText(path, $"# PLAN: Headings\n\nDeploy with {token}.\n\n{headings}");

        var all = new PlanLinter(new LintSettings { RootDirectory = _folder.Path }).Lint([path]).All.ToList();

        var finding = Assert.Single(all, d => d.Id == RuleIds.UnparsablePlan);
        Assert.Equal(5 + (2 * (limit - 2)), finding.Span.Line); // two non-blank lines above: heading number limit - 1 is the first past it
        Assert.Contains($"more than {limit:N0} non-blank lines", finding.Message, StringComparison.Ordinal);
        Assert.Contains("max_file_size (1 MiB)", finding.Message, StringComparison.Ordinal);
        Assert.Contains(all, d => d.Id == RuleIds.PossibleSecret && d.Span.Line == 3);
    }

    [Fact]
    public void A_raised_size_limit_raises_the_line_limit_with_it()
    {
        var limit = LineCountLimit.MaxLines(ExecPlanConfig.Default.MaxFileSize);
        var text = string.Concat(Enumerable.Repeat("- x\n", (int)limit + 1));
        Assert.Equal((int)limit + 1, LineCountLimit.FirstLineOverLimit(text, ExecPlanConfig.Default.MaxFileSize));
        Assert.Equal(0, LineCountLimit.FirstLineOverLimit(text, 2 * ExecPlanConfig.Default.MaxFileSize));
        Assert.Equal(0, LineCountLimit.FirstLineOverLimit(new string('\n', 10 * (int)limit), ExecPlanConfig.Default.MaxFileSize));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
