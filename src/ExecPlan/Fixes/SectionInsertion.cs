using System.Runtime.CompilerServices;
using ExecPlan.Model;
using ExecPlan.Schema;

namespace ExecPlan.Fixes;

/// <summary>EXP0202: the missing section inserted where the schema puts it, with its heading and the schema's template body (unsafe: the body is placeholders).</summary>
internal static class SectionInsertion
{
    // Each section's inserted block and fix title, made once per schema section: a plan missing three sections would otherwise
    // copy their templates four times each, and every plan linted builds this fix for every section it misses.
    private static readonly ConditionalWeakTable<SectionDescriptor, Inserted> Blocks = new();

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
        var inserted = Blocks.GetValue(section, Block);
        return new PlanFix(inserted.Title, FixSafety.Unsafe, [FixText.InsertBlock(document, offset, inserted.Block)]);
    }

    // The heading and the template body (LF, ending with one line break), and the fix's title.
    private static Inserted Block(SectionDescriptor section)
    {
        var body = section.Template.TrimEnd('\n');
        var block = $"## {section.Title}\n" + (body.Length == 0 ? string.Empty : $"\n{body}\n");
        return new Inserted(block, $"Add '## {section.Title}' from the template");
    }

    private sealed record Inserted(string Block, string Title);
}
