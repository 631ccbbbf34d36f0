namespace ExecPlan.Schema;

/// <summary>
/// What a part of a schema means to the rules: rules ask a schema for "the progress section" or "the updated field" by role,
/// never by title, and stay silent when the schema has no part in that role.
/// </summary>
/// <param name="Kind">What the target is: <c>section</c> (a section key), <c>front_matter</c> (a field name), <c>line_field</c> (a
/// line-field name) or <c>entry_field</c> (an entry field name).</param>
/// <param name="Role">The role, e.g. <c>progress</c>, <c>updated</c>, <c>next_action</c>, <c>evidence</c>.</param>
/// <param name="Target">The key or name of the part that plays it.</param>
public sealed record SchemaRole(string Kind, string Role, string Target);
