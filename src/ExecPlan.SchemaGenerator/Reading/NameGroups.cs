namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>The generated types whose members come from schema texts; a collision inside one is an error.</summary>
internal static class NameGroups
{
    public const string Types = "enums";
    public const string Fields = "front_matter.fields";
    public const string Sections = "sections";
    public const string SectionTitles = "section titles";
    public const string Subsections = "subsection titles";
    public const string LineFields = "line fields";
    public const string EntryFields = "entry fields";
    public const string Entries = "entries";
    public const string Templates = "templates";
    public const string Tokens = "template_tokens";
    public const string Rules = "rules";
    public const string Levels = "levels";
    public const string LockFields = "lock file fields";

    public static string EnumValues(string enumName) => "values of " + enumName;

    public static string FieldsOf(string entryName) => "fields of " + entryName;
}
