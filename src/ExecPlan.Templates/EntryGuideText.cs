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

    private static string Names(EntryDescriptor entry, Func<EntryFieldDescriptor, bool> select) =>
        string.Join(", ", entry.Fields.Where(select).Select(Name));

    private static string Name(EntryFieldDescriptor field)
    {
        var names = new[] { field.Name }.Concat(field.Aliases).Concat(field.Alternatives).Select(n => $"`{n}:`");
        var text = string.Join(" or ", names);
        return field.StandardOnly ? text + " (standard level)" : text;
    }
}
