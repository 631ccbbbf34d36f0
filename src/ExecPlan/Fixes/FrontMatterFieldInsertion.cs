using System.Runtime.CompilerServices;
using ExecPlan.Model;
using ExecPlan.Schema;

namespace ExecPlan.Fixes;

/// <summary>
/// EXP0103: a missing front-matter field added before the closing `---`, with the value the plan implies (the Progress status, the
/// oldest or newest timestamp of the plan) or else the schema template's (unsafe: placeholders and guesses a person must check).
/// </summary>
internal static class FrontMatterFieldInsertion
{
    /// <summary>The fix, or null when neither the plan nor the template gives a value.</summary>
    public static PlanFix? Of(PlanDocument document, FrontMatter frontMatter, FieldDescriptor field, string? implied)
    {
        var value = implied ?? TemplateValue(document.Schema, field.Name);
        if (value is null || frontMatter.Error is not null || frontMatter.Span.EndLine <= frontMatter.Span.Line)
        {
            return null;
        }

        var line = $"{field.Name}: {value}";
        var at = document.Lines.LineStart(frontMatter.Span.EndLine);
        return new PlanFix($"Add '{line}' to the front matter", FixSafety.Unsafe, [FixText.Insert(document, at, line + FixText.Newline(document.Text))]);
    }

    // The field's line in the schema's first whole-document template (`status: DRAFT`, `owner: <id>`), read once per schema.
    private static string? TemplateValue(PlanSchema schema, string name) =>
        TemplateValues.GetValue(schema, ReadTemplateValues).GetValueOrDefault(name);

    private static readonly ConditionalWeakTable<PlanSchema, Dictionary<string, string>> TemplateValues = new();

    // Each field's first non-empty value in the template's front matter.
    private static Dictionary<string, string> ReadTemplateValues(PlanSchema schema)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var template = schema.Data.Templates.FirstOrDefault(t => !t.IsAddOn);
        var lines = template?.Text.Split('\n') ?? [];
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return values;
        }

        foreach (var line in lines.Skip(1).TakeWhile(l => l.TrimEnd() != "---"))
        {
            if (line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && line[(colon + 1)..].Trim() is { Length: > 0 } value)
            {
                values.TryAdd(line[..colon], value);
            }
        }

        return values;
    }
}
