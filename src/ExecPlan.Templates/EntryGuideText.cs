using ExecPlan.Diagnostics;
using ExecPlan.Schema;

namespace ExecPlan.Templates;

/// <summary>One line of the format guide on the list items a section holds: how they start and which fields they need.</summary>
internal static class EntryGuideText
{
    /// <summary>The sentence describing <paramref name="entry"/>.</summary>
    public static string Render(EntryDescriptor entry)
    {
        var start = entry.TimestampRequired ? "Each list item starts with a timestamp" : $"Each list item starts with `{entry.LeadingField}:`";
        var required = Names(entry, f => f.Severity == Severity.Error);
        var recommended = Names(entry, f => f.Severity is Severity.Warning or Severity.Info);
        var text = start;
        if (required.Length > 0)
        {
            text += $" and needs {required}";
        }

        if (recommended.Length > 0)
        {
            text += $"{(required.Length > 0 ? "; it should also have" : " and should have")} {recommended}";
        }

        return text + ".";
    }

    // The leading field is already named by the sentence's start.
    private static string Names(EntryDescriptor entry, Func<EntryFieldDescriptor, bool> select) =>
        string.Join(", ", entry.Fields.Where(f => f.Name != entry.LeadingField).Where(select).Select(Name));

    private static string Name(EntryFieldDescriptor field)
    {
        var others = field.Aliases.Concat(field.Alternatives).Select(n => $"`{n}:`").ToList();
        var text = $"`{field.Name}:`" + (others.Count > 0 ? $" (or {string.Join(" or ", others)})" : string.Empty);
        return field.Levels.IsDefaultOrEmpty ? text : text + $" ({string.Join(" and ", field.Levels)} level)";
    }
}
