using ExecPlan.Model;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Model;

public sealed class PositionTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Section_headings_have_file_lines_including_front_matter(string newline)
    {
        var document = PlanParser.Parse("p.md", Plans.Compliant.Replace("\n", newline, StringComparison.Ordinal));

        var progress = document.Section(Sections.Progress)!;
        Assert.Equal(1, progress.Heading.Span.Column);
        Assert.Equal(4, progress.Heading.TextSpan.Column);
        Assert.Equal(Plans.Compliant.Split('\n').ToList().IndexOf("## Progress") + 1, progress.Heading.Span.Line);
    }

    [Fact]
    public void Crlf_does_not_shift_columns_of_front_matter_values()
    {
        var document = PlanParser.Parse("p.md", Plans.Compliant.Replace("\n", "\r\n", StringComparison.Ordinal));

        var status = document.FrontMatter![FieldNames.Status]!;
        Assert.Equal(3, status.ValueSpan.Line);
        Assert.Equal(9, status.ValueSpan.Column);
        Assert.Equal("IN_PROGRESS", status.Value);
    }

    [Fact]
    public void Tabs_count_as_one_column()
    {
        var text = Plans.With("Show a compliant plan.", "Show\t<your goal>.");
        var diagnostic = Assert.Single(Linter.Active(text), d => d.Id == RuleIds.UnfilledPlaceholder);

        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("<your goal>", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, diagnostic.Span.Line);
        Assert.Equal(6, diagnostic.Span.Column);
    }

    [Fact]
    public void A_byte_order_mark_does_not_shift_positions()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("bom-PLAN.md");
        File.WriteAllText(path, Plans.With("status: IN_PROGRESS", "status: WORKING"), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var run = new ExecPlan.Linting.PlanLinter(new() { Clock = new FixedClock(Linter.Now) }).Lint([path]);

        var diagnostic = Assert.Single(run.All, d => d.Id == RuleIds.InvalidFieldValue);
        Assert.Equal((3, 9), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Entries_are_read_in_both_forms()
    {
        var document = PlanParser.Parse("p.md", Plans.Compliant);

        var surprise = Assert.Single(document.Section(Sections.SurprisesAndDiscoveries)!.Entries);
        Assert.Equal("2025-11-22T14:10:00Z", surprise.Timestamp);
        Assert.Equal("`dotnet build` took 5 s", surprise.Field(EntryFieldNames.Evidence)!.Value);

        var decision = Assert.Single(document.Section(Sections.DecisionLog)!.Entries);
        Assert.Equal("Use xunit.", decision.Field(EntryFieldNames.Decision)!.Value);
        Assert.Equal("agent-1", decision.Field(EntryFieldNames.Author)!.Value);
        Assert.Equal(decision.Span.Line + 5, decision.Field(EntryFieldNames.Author)!.Span.Line);
    }

    [Fact]
    public void Code_spans_and_blocks_are_known_as_code()
    {
        var text = Plans.With("Show a compliant plan.", "Run `<not-a-placeholder>`.\n\n```\n<also-code>\n```");
        var document = PlanParser.Parse("p.md", text);

        Assert.True(document.Code.Contains(text.IndexOf("<not-a-placeholder>", StringComparison.Ordinal)));
        Assert.True(document.Code.Contains(text.IndexOf("<also-code>", StringComparison.Ordinal)));
        Assert.DoesNotContain(Linter.Active(text), d => d.Id == RuleIds.UnfilledPlaceholder);
    }
}
