using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Fixes;

namespace ExecPlan.Cli.Mcp;

/// <summary>A finding as the tools return it: its rule, where it stands (1-based lines and columns), its message and its fixes (text redacted by the engine).</summary>
/// <param name="RuleId">The rule's ID, e.g. EXP0202.</param>
/// <param name="Name">The rule's name, e.g. missing-required-section.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Line">The first line.</param>
/// <param name="Column">The first column.</param>
/// <param name="EndLine">The last line.</param>
/// <param name="EndColumn">The column after the last character.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fixes">The fixes the engine offers.</param>
internal sealed record Finding(string RuleId, string Name, string Severity, int Line, int Column, int EndLine, int EndColumn, string Message, IReadOnlyList<FindingFix> Fixes)
{
    /// <summary>The file the finding is in, relative to the repository root, for a finding of the run (config, repository files); null for a plan's own.</summary>
    public string? Path { get; init; }

    /// <summary>The active findings of <paramref name="diagnostics"/> (neither suppressed nor off).</summary>
    public static List<Finding> Active(IEnumerable<Diagnostic> diagnostics, ServerContext? withPaths = null) =>
        [.. diagnostics.Where(d => d.IsActive).Select(d => Of(d) with { Path = withPaths is null || string.IsNullOrEmpty(d.FilePath) ? null : withPaths.Relative(d.FilePath) })];

    private static Finding Of(Diagnostic diagnostic) => new(
        diagnostic.Id,
        diagnostic.Rule.Name,
        SeverityText.ToText(diagnostic.Severity),
        diagnostic.Span.Line,
        diagnostic.Span.Column,
        diagnostic.Span.EndLine,
        diagnostic.Span.EndColumn,
        diagnostic.Message,
        [.. (diagnostic.Fixes.IsDefault ? [] : diagnostic.Fixes).Select(FindingFix.Of)]);
}

/// <summary>A fix of a finding: what it does, whether it is safe to apply unreviewed, and its edits.</summary>
/// <param name="Title">What the fix does.</param>
/// <param name="Safety">safe (applied by fix_plan) or unsafe (template text a person or agent must review).</param>
/// <param name="Edits">The text edits, applied together.</param>
internal sealed record FindingFix(string Title, string Safety, IReadOnlyList<FixEdit> Edits)
{
    /// <summary>The fix as the tools return it.</summary>
    public static FindingFix Of(PlanFix fix) => new(
        fix.Title,
        fix.Safety == FixSafety.Safe ? "safe" : "unsafe",
        [.. fix.Edits.Select(e => new FixEdit(e.Span.Line, e.Span.Column, e.Span.EndLine, e.Span.EndColumn, e.Offset, e.Length, e.NewText))]);
}

/// <summary>One edit: the range it replaces, as lines and columns and as an offset and length in UTF-16 code units of the text without its byte-order mark, and the new text.</summary>
/// <param name="Line">The first line replaced.</param>
/// <param name="Column">The first column replaced.</param>
/// <param name="EndLine">The line the range ends on.</param>
/// <param name="EndColumn">The column the range ends before.</param>
/// <param name="Offset">The range's start.</param>
/// <param name="Length">The range's length (0: an insertion).</param>
/// <param name="Text">The text put in its place.</param>
internal sealed record FixEdit(int Line, int Column, int EndLine, int EndColumn, int Offset, int Length, string Text);
