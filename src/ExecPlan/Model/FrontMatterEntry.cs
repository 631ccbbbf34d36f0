using ExecPlan.Diagnostics;

namespace ExecPlan.Model;

/// <summary>One top-level key of the front matter with its value as written and both positions in the file.</summary>
/// <param name="Key">The key.</param>
/// <param name="KeySpan">Where the key stands.</param>
/// <param name="Value">The scalar value as written (trimmed), or null for a non-scalar.</param>
/// <param name="ValueSpan">Where the value stands (the key's position when there is none).</param>
/// <param name="Kind">The YAML shape of the value.</param>
/// <param name="IsRepeat">Whether an earlier entry has the same key.</param>
public sealed record FrontMatterEntry(string Key, SourceSpan KeySpan, string? Value, SourceSpan ValueSpan, FrontMatterValueKind Kind, bool IsRepeat);
