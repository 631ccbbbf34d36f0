namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A part of the schema in a role the rules ask for (`roles:`).</summary>
/// <param name="Kind">The engine's kind text: section, front_matter, line_field or entry_field.</param>
/// <param name="Role">The role, e.g. progress or next_action.</param>
/// <param name="Target">The section key or field name that plays it.</param>
internal sealed record RoleModel(string Kind, string Role, string Target);
