using ExecPlan.Schema;

namespace ExecPlan.Rules.Structure;

/// <summary>Decides whether a plan is multi-agent (more than one owner in Progress, or locks of more than one owner) and says why.</summary>
internal static class MultiAgent
{
    /// <summary>Why the plan is multi-agent, or null when it is not.</summary>
    public static string? Reason(PlanContext context)
    {
        var fields = OwnerFields(context.Document.Schema);
        var owners = context.Document.SectionsIn(SchemaRoles.Progress)
            .SelectMany(s => s.Entries)
            .Where(e => e.Checked is not null) // a checkbox item: a plain bullet among them is a note
            .Select(e => e.Field(fields)?.Value)
            .Where(v => !string.IsNullOrWhiteSpace(v) && !Engine.Placeholders.IsPlaceholder(v))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(3)
            .ToList();
        if (owners.Count >= 2)
        {
            return $"Progress items are owned by {owners[0]} and {owners[1]}";
        }

        if (context.Repository.LockOwners.Length >= 2)
        {
            return $".agent-locks.yaml holds locks of {context.Repository.LockOwners[0]} and {context.Repository.LockOwners[1]}";
        }

        return null;
    }

    private static string[] OwnerFields(PlanSchema schema) =>
        [.. new[] { schema.EntryField(SchemaRoles.Owner), schema.EntryField(SchemaRoles.Author) }.OfType<string>()];
}
