namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>The keys each kind of schema mapping may hold; any other key is most likely a typo that would be silently ignored.</summary>
internal static class SchemaKeys
{
    public static readonly string[] Root =
    [
        "schema", "enums", "front_matter", "title", "section_checks", "sections", "extra_sections", "entries",
        "templates", "template_tokens", "families", "rules", "roles", "levels", "repository",
    ];

    public static readonly string[] Header = ["name", "namespace", "title", "version", "catalogue", "timestamps", "prose_first"];
    public static readonly string[] Repository = ["policy_pointer", "format_guide", "lock_file", "plan_files"];
    public static readonly string[] LockFile = ["name", "fields"];
    public static readonly string[] LockField = ["name", "in", "required", "description"];
    public static readonly string[] PlanFiles = ["name_pattern", "convention", "discover", "not_plans"];
    public static readonly string[] Enum = ["name", "description", "values"];
    public static readonly string[] FrontMatter = ["checks", "fields"];
    public static readonly string[] FrontMatterChecks = ["missing", "type", "id", "enum", "timestamp", "unknown"];
    public static readonly string[] Field = ["name", "kind", "enum", "required", "pattern", "description"];
    public static readonly string[] Title = ["prefix", "placeholder"];
    public static readonly string[] SectionChecks = ["must", "should", "order", "duplicate", "empty"];

    public static readonly string[] Section =
    [
        "key", "title", "description", "template", "living", "line_fields", "entries", "subsections", "condition",
        "condition_rule", "trailing", "aliases",
    ];

    /// <summary>A schema section also has one key per declared level (its requirement there).</summary>
    public static readonly string[] Level = ["name", "description"];

    public static readonly string[] Subsections = ["titles", "rule", "severity_at"];
    public static readonly string[] LineField = ["name", "rule", "non_empty"];
    public static readonly string[] Entry = ["name", "description", "timestamp", "leading_field", "rule", "fields"];
    public static readonly string[] EntryField = ["name", "aliases", "alternatives", "severity", "levels", "kind", "enum"];
    public static readonly string[] Template = ["name", "description", "level", "add_on", "sections"];
    public static readonly string[] Family = ["prefix", "title"];
    public static readonly string[] Rule = ["id", "name", "severity", "message", "help", "placed_where_missing"];
}
