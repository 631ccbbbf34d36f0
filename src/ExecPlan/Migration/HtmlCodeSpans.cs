using System.Text.RegularExpressions;
using ExecPlan.Fixes;
using ExecPlan.Model;
using ExecPlan.Rules.Profiles;
using ExecPlan.Schema;

namespace ExecPlan.Migration;

/// <summary>
/// HTML the codex-strict profile does not take (EXP0802; comments, `&lt;REDACTED&gt;` and placeholders are not HTML to it) written as
/// code spans: `Fast.&lt;br&gt;Really.` becomes ``Fast.`&lt;br&gt;`Really.``, a `&lt;details&gt;` line becomes `` `&lt;details&gt;` ``. Every
/// character stays and what the markup hid (a collapsed `&lt;details&gt;`) is in plain sight, as a prose-first plan asks; turning
/// tags into the Markdown that means the same is the author's call (`&lt;br&gt;` in a list is not `&lt;br&gt;` in a heading), which
/// the visible tag now invites.
/// </summary>
internal static partial class HtmlCodeSpans
{
    // An HTML block wraps each tag in a pass; what it held is read again in the next (a wrapped first line ends the block).
    private const int MaxPasses = 16;

    private static PlanSchema Target => PlanSchemas.ExecPlan;

    /// <summary>The text with every tag EXP0802 would report written as a code span.</summary>
    public static string Rewrite(string path, string text)
    {
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var document = PlanParser.Parse(path, text, Target);
            var edits = new List<TextEdit>();
            var last = -1;
            foreach (var html in document.Html)
            {
                if (html.IsComment || StrictProfileRule.ReportedTag(html.Text) is null)
                {
                    continue;
                }

                // Every tag of the fragment (a block holds many), each as the rule would judge it on its own.
                foreach (Match tag in Tag().Matches(html.Text))
                {
                    var start = html.Range.Start + tag.Index;
                    if (start > last && StrictProfileRule.ReportedTag(tag.Value) is not null)
                    {
                        edits.Add(FixText.Replace(document, start, start + tag.Length, CodeSpan(tag.Value)));
                        last = start + tag.Length;
                    }
                }
            }

            if (edits.Count == 0)
            {
                return text;
            }

            text = MigrationEdits.Apply(text, edits);
        }

        return text;
    }

    // A tag with a backtick of its own takes a double-backtick span, padded so that the tag's backtick does not close it.
    private static string CodeSpan(string tag) => tag.Contains('`', StringComparison.Ordinal) ? $"`` {tag} ``" : $"`{tag}`";

    [GeneratedRegex(@"</?[A-Za-z][^<>\n]*>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tag();
}
