using ExecPlan.Model;

namespace ExecPlan.Tests.Model;

/// <summary>A front-matter syntax error is located at the offending character, in the plan file's own lines.</summary>
public sealed class YamlErrorPositionTests
{
    private static (int Line, int Column, string Message) ErrorOf(string frontMatter)
    {
        var error = PlanParser.Parse("p.md", "---\n" + frontMatter + "---\n# PLAN: x\n").FrontMatter!.Error!;
        return (error.Span.Line, error.Span.Column, error.Message);
    }

    [Fact]
    public void A_tab_indenting_a_list_item_is_reported_at_the_tab()
    {
        // File line 5 (the block's line 4) starts with a tab; YamlDotNet marks the mapping's start, the file's (2,1).
        var (line, column, message) = ErrorOf("id: x\nstatus: DRAFT\ntags:\n\t- b\n");

        Assert.Equal((5, 1), (line, column));
        Assert.Contains("tab", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_after_spaces_in_a_nested_mapping_is_reported_at_the_tab()
    {
        var (line, column, _) = ErrorOf("id: x\nowner:\n  name: a\n  \tteam: b\n");

        Assert.Equal((5, 3), (line, column));
    }

    [Fact]
    public void An_unclosed_flow_sequence_is_reported_at_its_opening_bracket()
    {
        var (line, column, message) = ErrorOf("id: x\nstatus: DRAFT\ntags: [a, b\nowner: c\n");

        Assert.Equal((4, 7), (line, column));
        Assert.Contains("'['", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_flow_sequence_at_the_end_is_reported_at_its_opening_bracket_not_at_the_closing_fence()
    {
        var (line, column, message) = ErrorOf("id: x\ntags: [a,\n  b\n");

        Assert.Equal((3, 7), (line, column));
        Assert.Contains("']'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_flow_mapping_is_reported_at_its_opening_brace()
    {
        var (line, column, _) = ErrorOf("id: x\nmeta: {a: 1, b: 2\nowner: c\n");

        Assert.Equal((3, 7), (line, column));
    }

    [Fact]
    public void An_error_inside_a_closed_flow_sequence_keeps_the_parser_position()
    {
        var (line, column, _) = ErrorOf("id: x\ntags: [b: c: d]\n");

        Assert.Equal((3, 12), (line, column));
    }
}
