using ExecPlan.Model;
using ExecPlan.Schema;

namespace ExecPlan.Fixes;

/// <summary>EXP0202: the missing section inserted where the schema puts it, with its heading and the schema's template body (unsafe: the body is placeholders).</summary>
internal static class SectionInsertion
{
    /// <summary>Inserts <paramref name="section"/> before the first present schema section that follows it in schema order, else after the last.</summary>
    /// <param name="document">The plan.</param>
    /// <param name="section">The missing section.</param>
    /// <param name="present">The first occurrence of each present schema section, in file order.</param>
    /// <param name="last">The last schema section of the plan, or null when it has none.</param>
    public static PlanFix Of(PlanDocument document, SectionDescriptor section, IReadOnlyList<Section> present, Section? last)
    {
        var next = present.FirstOrDefault(s => s.Descriptor!.Order > section.Order);
        var offset = next is not null
            ? document.Lines.LineStart(next.Heading.Span.Line)
            : last is not null ? last.Body.End
            : document.Text.Length;
        var body = section.Template.TrimEnd('\n');
        var lines = $"## {section.Title}\n" + (body.Length == 0 ? string.Empty : $"\n{body}\n");
        return new PlanFix($"Add '## {section.Title}' from the template", FixSafety.Unsafe, [FixText.InsertBlock(document, offset, lines)]);
    }
}
