using System.Collections.Generic;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>The schema's fixed words and the engine enum members they map to.</summary>
internal static class SchemaVocabulary
{
    /// <summary>`schema.timestamps`: the date-time spellings a format takes as exact, and the engine TimestampForm members.</summary>
    public static readonly Dictionary<string, string> TimestampForms = new()
    {
        ["rfc3339"] = "Rfc3339",
        ["zoned-minutes"] = "ZonedMinutes",
    };

    public static readonly Dictionary<string, string> Requirements = new()
    {
        ["must"] = "Must",
        ["should"] = "Should",
        ["conditional"] = "Conditional",
        ["optional"] = "Optional",
    };

    /// <summary>Severities; `none` (entry fields) and `off` (rules) both mean the check costs nothing.</summary>
    public static readonly Dictionary<string, string> Severities = new()
    {
        ["error"] = "Error",
        ["warning"] = "Warning",
        ["info"] = "Info",
        ["off"] = "Off",
        ["none"] = "Off",
    };

    public static readonly Dictionary<string, string> FieldKinds = new()
    {
        ["text"] = "Text",
        ["id"] = "Id",
        ["enum"] = "Enum",
        ["timestamp"] = "Timestamp",
    };

    /// <summary>
    /// The groups of `roles:`: the YAML key, the engine's kind text, and the roles the engine's rules ask for. Fixed, because a role
    /// only means something when a rule asks for it; a misspelt role would otherwise be silently ignored.
    /// </summary>
    public static readonly (string Key, string Kind, string[] Roles)[] RoleGroups =
    [
        ("sections", "section",
        [
            "purpose", "progress", "context", "interfaces", "constraints", "tooling", "plan_of_work", "milestones", "steps",
            "acceptance", "recovery", "surprises", "decisions", "messages", "handoff", "outcomes", "artifacts", "revision_history",
            "research_snapshot", "see_also", "references",
        ]),
        ("front_matter", "front_matter", ["id", "status", "owner", "created", "updated", "profile"]),
        ("line_fields", "line_field", ["status", "next_action"]),
        ("entry_fields", "entry_field", ["evidence", "source", "owner", "author"]),
    ];
}
