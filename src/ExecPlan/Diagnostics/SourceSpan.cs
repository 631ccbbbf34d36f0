namespace ExecPlan.Diagnostics;

/// <summary>A 1-based, end-inclusive range of lines and columns in a file.</summary>
/// <param name="Line">First line, 1-based.</param>
/// <param name="Column">First column, 1-based, counted in UTF-16 code units of the line.</param>
/// <param name="EndLine">Last line, 1-based.</param>
/// <param name="EndColumn">Column just past the last character, 1-based.</param>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The start of a file.</summary>
    public static SourceSpan FileStart { get; } = new(1, 1, 1, 1);

    /// <summary>A span that covers one point.</summary>
    public static SourceSpan At(int line, int column) => new(line, column, line, column);
}
