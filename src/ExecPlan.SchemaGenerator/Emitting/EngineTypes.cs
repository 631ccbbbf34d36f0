namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>The fully qualified engine types generated code refers to; written out so no using can shadow them.</summary>
internal static class EngineTypes
{
    public const string FieldDescriptor = "global::ExecPlan.Schema.FieldDescriptor";
    public const string FieldKind = "global::ExecPlan.Schema.FieldKind";
    public const string SectionDescriptor = "global::ExecPlan.Schema.SectionDescriptor";
    public const string Requirement = "global::ExecPlan.Schema.Requirement";
    public const string EntryDescriptor = "global::ExecPlan.Schema.EntryDescriptor";
    public const string EntryFieldDescriptor = "global::ExecPlan.Schema.EntryFieldDescriptor";
    public const string RuleDescriptor = "global::ExecPlan.Schema.RuleDescriptor";
    public const string TemplateDescriptor = "global::ExecPlan.Schema.TemplateDescriptor";
    public const string PlanSchemaData = "global::ExecPlan.Schema.PlanSchemaData";
    public const string SchemaRole = "global::ExecPlan.Schema.SchemaRole";
    public const string SectionAlias = "global::ExecPlan.Schema.SectionAlias";
    public const string RepositoryLayout = "global::ExecPlan.Schema.RepositoryLayout";
    public const string LockFieldDescriptor = "global::ExecPlan.Schema.LockFieldDescriptor";
    public const string TimestampForm = "global::ExecPlan.Schema.TimestampForm";
    public const string Severity = "global::ExecPlan.Diagnostics.Severity";
    public const string ImplementsRule = "global::ExecPlan.Rules.ImplementsRule";
    public const string FrontMatterChecks = "global::ExecPlan.Rules.Checks.IFrontMatterChecks";
    public const string StructureChecks = "global::ExecPlan.Rules.Checks.IStructureChecks";
    public const string EntryChecks = "global::ExecPlan.Rules.Checks.IEntryChecks";

    /// <summary>A conformance level of a schema (<c>IStructureChecks.Level</c>).</summary>
    public const string PlanLevel = "global::ExecPlan.Schema.PlanLevel";

    public static string ImmutableArrayOf(string element) => "global::System.Collections.Immutable.ImmutableArray<" + element + ">";
}
