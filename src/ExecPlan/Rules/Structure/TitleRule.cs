using ExecPlan.Diagnostics;
using ExecPlan.Fixes;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Structure;

/// <summary>Exactly one H1, of the form `# PLAN: &lt;Task Name&gt;`.</summary>
[ImplementsRule(RuleIds.MissingTitle)]
internal sealed class TitleRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var rule = RuleCatalog.MissingTitle;
        var titles = context.Document.Titles;
        var schema = context.Document.Schema.Data;
        var form = $"'# {schema.TitlePrefix}{schema.TitlePlaceholder}'";
        if (titles.Length == 0)
        {
            var line = context.Document.FrontMatter is { } frontMatter ? frontMatter.Span.EndLine + 1 : 1;
            var where = context.Document.Sections.Length > 0 ? context.Document.Sections[0].Heading.Span : SourceSpan.At(Math.Min(line, context.Document.Lines.LineCount), 1);
            context.Report(rule, where, $"The plan has no title; start it with {form}.");
            return;
        }

        var title = titles[0];
        if (!title.Text.StartsWith(schema.TitlePrefix, StringComparison.Ordinal) || title.Text.Length <= schema.TitlePrefix.Length)
        {
            // `Plan:Demo` is the prefix misspelt; any other title gets the prefix in front of it.
            var prefix = schema.TitlePrefix.TrimEnd();
            var name = title.Text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? title.Text[prefix.Length..].Trim() : title.Text;
            var fix = name.Length == 0 ? null : ReplacementFix.Of(context.Document, title.TextSpan, schema.TitlePrefix + name, $"Write '# {schema.TitlePrefix}{name}'");
            context.Report(rule, rule.DefaultSeverity, title.Span, fix, $"The title '# {title.Text}' must have the form {form}.");
        }

        foreach (var extra in titles.Skip(1))
        {
            context.Report(rule, extra.Span, $"The plan has more than one H1 ('# {extra.Text}'); it has exactly one title, sections are H2.");
        }
    }
}
