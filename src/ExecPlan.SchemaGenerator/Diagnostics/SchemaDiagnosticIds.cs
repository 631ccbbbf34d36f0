namespace ExecPlan.SchemaGenerator.Diagnostics;

/// <summary>The generator's diagnostic IDs; each names one way a schema file can be wrong.</summary>
internal static class SchemaDiagnosticIds
{
    public const string InvalidYaml = "EPG001";
    public const string MissingKey = "EPG002";
    public const string WrongType = "EPG003";
    public const string InvalidValue = "EPG004";
    public const string UnknownEnum = "EPG005";
    public const string DuplicateRuleId = "EPG006";
    public const string InvalidRuleId = "EPG007";
    public const string UnknownRule = "EPG008";
    public const string DuplicateSection = "EPG009";
    public const string UnknownRequirement = "EPG010";
    public const string UnknownSeverity = "EPG011";
    public const string UnknownTemplateSection = "EPG012";
    public const string UnknownEntryKind = "EPG013";
    public const string RuleWithoutFamily = "EPG014";
    public const string DuplicateName = "EPG015";
    public const string NameCollision = "EPG016";
    public const string MissingToken = "EPG017";
    public const string UnknownEntryField = "EPG018";
    public const string UnknownKey = "EPG019";
    public const string InvalidName = "EPG020";
    public const string SchemaClash = "EPG021";
    public const string CatalogueConflict = "EPG022";
    public const string InternalError = "EPG099";
}
