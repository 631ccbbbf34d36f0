namespace ExecPlan.SchemaGenerator.Model;

/// <summary>Where a YAML node stands in the schema file: offsets and 0-based line positions.</summary>
internal sealed record SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The first character of the file, for errors that have no better place.</summary>
    public static SourceSpan FileStart { get; } = new(0, 0, 0, 0, 0, 0);
}
