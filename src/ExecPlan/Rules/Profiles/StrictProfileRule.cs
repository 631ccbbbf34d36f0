using System.Globalization;
using System.Text.RegularExpressions;
using ExecPlan.Model;
using ExecPlan.Rules.Engine;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Profiles;

/// <summary>The codex-strict profile is prose-first: no tables, no HTML (comments and `&lt;REDACTED&gt;` excepted), checkboxes only in Progress, no nested fences.</summary>
[ImplementsRule(RuleIds.TableInStrict)]
[ImplementsRule(RuleIds.HtmlInStrict)]
[ImplementsRule(RuleIds.CheckboxOutsideProgress)]
[ImplementsRule(RuleIds.NestedFence)]
internal sealed partial class StrictProfileRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        // An ExecPlan is prose-first when its profile says codex-strict; a prose-first format (the cookbook) always is.
        var strict = context.Profile == Profile.CodexStrict;
        var format = strict ? Profile.CodexStrict.ToText() : context.Schema.ProseFirst ? context.Schema.Key : null;
        if (format is null)
        {
            return;
        }

        var document = context.Document;
        foreach (var table in document.Tables)
        {
            context.Report(RuleCatalog.TableInStrict, table, format);
        }

        // The verdict on a fragment's text (null: not reported, else its tag), remembered: a plan of a hundred thousand `<b>`
        // tags decides about `<b>` once. Bounded, so a plan of all-different tags costs no more than without it.
        var verdicts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var html in strict ? document.Html : [])
        {
            if (html.IsComment)
            {
                continue;
            }

            if (!verdicts.TryGetValue(html.Text, out var tag))
            {
                tag = ReportedTag(html.Text);
                if (verdicts.Count < 4096)
                {
                    verdicts[html.Text] = tag;
                }
            }

            if (tag is not null)
            {
                context.Report(RuleCatalog.HtmlInStrict, document.SpanOf(html.Range.Start, html.Range.Start + Math.Min(html.Range.Length, tag.Length)), tag);
            }
        }

        ReportCheckboxLists(context, format);

        foreach (var fence in document.Fences)
        {
            if (InnerFence().IsMatch(document.TextOf(fence.ContentRange)))
            {
                context.Report(RuleCatalog.NestedFence, fence.Span, format);
            }
        }
    }

    // Checkboxes outside Progress, once per Markdown list (its nested lists included), at its first checkbox: a checklist of
    // seventy acceptance criteria is one choice of style, not seventy findings.
    private static void ReportCheckboxLists(PlanContext context, string format)
    {
        var document = context.Document;
        var progress = document.Schema.Section(SchemaRoles.Progress);
        PlanListItem? first = null;
        var count = 0;
        foreach (var task in document.TaskItems)
        {
            if (progress is not null && document.SectionAt(task.Range.Start) is { } section && section.Is(progress))
            {
                continue;
            }

            if (first is not null && first.ListStart != task.ListStart)
            {
                Report(context, format, first, count);
                first = null;
            }

            if (first is null)
            {
                (first, count) = (task, 0);
            }

            count++;
        }

        if (first is not null)
        {
            Report(context, format, first, count);
        }

        static void Report(PlanContext context, string format, PlanListItem first, int count) =>
            context.Report(
                RuleCatalog.CheckboxOutsideProgress,
                context.Document.SpanOf(first.Range.Start, first.ContentStart),
                format,
                count == 1 ? "1 checkbox" : string.Create(CultureInfo.InvariantCulture, $"{count} checkboxes"));
    }

    /// <inheritdoc/>
    internal override bool CanReport(string ruleId, PlanSchema schema) =>
        ruleId != RuleIds.HtmlInStrict || schema.FrontMatterField(SchemaRoles.Profile) is not null; // HTML: the codex-strict profile only

    /// <summary>The tag EXP0802 reports for an HTML fragment that is not a comment (its first line up to the first `&gt;`), or null when it reports none.</summary>
    internal static string? ReportedTag(string html) =>
        IsRedacted(html) || Placeholders.IsPlaceholder(html) || IsPlaceholderTail(html) ? null : Tag(html);

    private static bool IsRedacted(string html) => html.Trim() == "<REDACTED>";

    // Markdig reads `<Task Name>` as an opening tag; a placeholder's text is EXP0212's business, not HTML.
    private static bool IsPlaceholderTail(string html) => html.StartsWith('<') && html.EndsWith('>') && !html.Contains('=', StringComparison.Ordinal) && Placeholders.IsPlaceholder(html.Split('\n')[0]);

    private static string Tag(string html)
    {
        var first = html.TrimStart().Split('\n')[0];
        var end = first.IndexOf('>', StringComparison.Ordinal);
        return end > 0 ? first[..(end + 1)] : first;
    }

    [GeneratedRegex(@"^[ \t]{0,3}(?:`{3,}|~{3,})", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InnerFence();
}
