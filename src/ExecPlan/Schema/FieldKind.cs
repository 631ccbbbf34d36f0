namespace ExecPlan.Schema;

/// <summary>The kind of value a front-matter field holds.</summary>
public enum FieldKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A stable identifier matching the field's pattern.</summary>
    Id,

    /// <summary>One of the values of a schema enum.</summary>
    Enum,

    /// <summary>An RFC 3339 timestamp.</summary>
    Timestamp,
}
