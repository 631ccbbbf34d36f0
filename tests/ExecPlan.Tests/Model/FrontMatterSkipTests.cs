using System.Globalization;
using System.Text;
using ExecPlan.Model;
using ExecPlan.Schema;

namespace ExecPlan.Tests.Model;

/// <summary>
/// The parser skips a plan's front matter with Markdig's front-matter block instead of parsing a copy of the text with the front
/// matter blanked: whichever way a plan is read, the model must be the same, to the offset.
/// </summary>
public sealed class FrontMatterSkipTests
{
    public static TheoryData<string> CorpusPlans => Infrastructure.CorpusPlans.All;

    [Theory]
    [MemberData(nameof(CorpusPlans))]
    public void A_corpus_plan_reads_the_same_either_way(string path)
    {
        var text = File.ReadAllText(path);
        foreach (var schema in PlanSchemas.All)
        {
            AssertSameEitherWay(text, schema);
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Every_shape_of_front_matter_reads_the_same_either_way(string newline)
    {
        string[] heads =
        [
            "---\nid: EP-1\n---\n",
            "---\nid: EP-1\n...\n",
            "---  \nid: EP-1\n---\t\n",
            "---\nid: EP-1\n----\nstatus: DONE\n---\n",
            "---\nid: EP-1\n",                          // never closed
            "---\n---\n",                               // empty
            "--- x\nid: EP-1\n---\n",                    // not an opening fence
            " ---\nid: EP-1\n---\n",                    // indented
            "\uFEFF---\nid: EP-1\n---\n",               // a byte order mark left in the text
            "----\nid: EP-1\n---\n",
            "...\nid: EP-1\n---\n",
            "---\nlist:\n  - a\n  - b\nblock: |\n  ---x\n---\n",
            "---\nid: EP-1\n  ---\n---\n",
            "---\nid: [\n---\n",                        // not YAML
            "---\n\n---\n",
        ];
        string[] bodies =
        [
            "",
            "# Title\n\n## Progress\n\n- [x] one\n",
            "    indented code after the front matter\n",
            "===\n",
            "---\n",
            "- item\n- item\n\n## Decision Log\n\n```sh\ncode\n```\n",
            "<div>html</div>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
            "Paragraph\n---\n",
        ];

        foreach (var head in heads)
        {
            foreach (var body in bodies)
            {
                var text = (head + body).Replace("\n", newline, StringComparison.Ordinal);
                AssertSameEitherWay(text, PlanSchemas.ExecPlan);
                AssertSameEitherWay(text.TrimEnd('\n', '\r'), PlanSchemas.ExecPlan);
            }
        }
    }

    [Fact]
    public void A_plan_with_front_matter_is_parsed_without_a_copy_of_its_text()
    {
        var text = Plans.Compliant;
        Assert.StartsWith("---", text, StringComparison.Ordinal);
        Allocated(text, blankFrontMatter: false); // Static state made once, outside the measure.
        Allocated(text, blankFrontMatter: true);

        var skipped = Allocated(text, blankFrontMatter: false);
        var blanked = Allocated(text, blankFrontMatter: true);

        // The blanked copy is the text's length in UTF-16; the front-matter block Markdig adds instead is a few lines' worth.
        Assert.True(blanked - skipped > text.Length, $"skipped {skipped} bytes, blanked {blanked} bytes, text {text.Length} characters");
    }

    private static long Allocated(string text, bool blankFrontMatter)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        PlanParser.Parse("p.md", text, PlanSchemas.ExecPlan, [], blankFrontMatter);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void AssertSameEitherWay(string text, PlanSchema schema)
    {
        var skipped = PlanParser.Parse("p.md", text, schema, [], blankFrontMatter: false);
        var blanked = PlanParser.Parse("p.md", text, schema, [], blankFrontMatter: true);
        Assert.Equal(Describe(blanked), Describe(skipped));
    }

    // Everything the model holds that came from Markdig's tree, with its offsets and spans.
    private static string Describe(PlanDocument document)
    {
        var describe = new StringBuilder();
        void Line(FormattableString line) => describe.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        Line($"front matter {document.FrontMatter?.Span} {document.FrontMatter?.Entries.Length} {document.FrontMatter?.Error}");
        foreach (var title in document.Titles)
        {
            Line($"title {title}");
        }

        foreach (var section in document.Sections)
        {
            Line($"section {section.Heading} {section.Descriptor?.Title} {section.Match} {section.Body} {section.HasContent}");
            foreach (var sub in section.Subsections)
            {
                Line($"  sub {sub}");
            }

            foreach (var item in section.Items)
            {
                Line($"  item {item}");
            }

            foreach (var field in section.LineFields)
            {
                Line($"  field {field}");
            }

            foreach (var entry in section.Entries)
            {
                Line($"  entry {entry.Kind} {entry.Range} {entry.Span} {entry.Timestamp} {entry.TimestampSpan} {entry.Checked} {string.Join(" | ", entry.Fields)}");
            }
        }

        Line($"code {string.Join(" ", document.Code.Ranges)}");
        foreach (var fence in document.Fences)
        {
            Line($"fence {fence}");
        }

        foreach (var html in document.Html)
        {
            Line($"html {html}");
        }

        Line($"tables {string.Join(" ", document.Tables)}");
        foreach (var task in document.TaskItems)
        {
            Line($"task {task}");
        }

        return describe.ToString();
    }
}
