using ExecPlan.Diagnostics;
using ExecPlan.Output;

namespace ExecPlan.Tests.Output;

public sealed class CanonicalFormatterTests
{
    [Theory]
    [InlineData(Severity.Error, "error")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Info, "info")]
    public void Formats_the_canonical_line(Severity severity, string word)
    {
        var finding = Findings.Make("EXP0202", severity, "plans/a-PLAN.md", "Progress is missing.", 12, 1);

        Assert.Equal($"plans/a-PLAN.md(12,1): {word} EXP0202: Progress is missing.", CanonicalFormatter.Format(finding));
    }

    [Fact]
    public void Keeps_the_message_on_one_line()
    {
        var finding = Findings.Make("EXP0202", Severity.Error, "PLAN.md", "one\r\ntwo\nthree");

        Assert.Equal("PLAN.md(3,5): error EXP0202: one\\r\\ntwo\\nthree", CanonicalFormatter.Format(finding));
    }

    [Fact]
    public void Escapes_control_characters_in_the_path_and_the_message()
    {
        var finding = Findings.Make("EXP0202", Severity.Error, "x\nFake.cs(9,9): error CS0001: injected. y-PLAN.md", "Heading '\u001B[31mred\u202Eevil\u0085' is\tbad.");

        Assert.Equal(
            "x\\nFake.cs(9,9): error CS0001: injected. y-PLAN.md(3,5): error EXP0202: Heading '\\x1B[31mred\\u202Eevil\\x85' is\\tbad.",
            CanonicalFormatter.Format(finding));
    }

    [Fact]
    public void Shows_paths_relative_to_the_working_directory()
    {
        var root = Path.Combine(Path.GetTempPath(), "repo");
        var finding = Findings.Make("EXP0202", Severity.Error, Path.Combine(root, "plans", "a.md"));

        var line = CanonicalFormatter.Format(finding, root);

        Assert.StartsWith(Path.Combine("plans", "a.md") + "(3,5): error EXP0202:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_without_file_or_line_names_the_tool()
    {
        var finding = Findings.Make("EXP0904", Severity.Warning, string.Empty, "No link.", 0, 0);

        Assert.Equal("execplan: warning EXP0904: No link.", CanonicalFormatter.Format(finding));
    }
}
