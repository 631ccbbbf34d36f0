namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>What a name in the schema refers to, for the cross-reference pass after reading.</summary>
internal enum ReferenceKind
{
    Rule,
    Enum,
    EntryKind,
}
