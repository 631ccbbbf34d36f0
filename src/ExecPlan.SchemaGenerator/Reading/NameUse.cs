using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>A schema text that becomes a C# member name inside one generated type.</summary>
/// <param name="Group">The generated type (or declaration list) the name belongs to.</param>
/// <param name="Text">The schema text.</param>
/// <param name="Span">Where it stands.</param>
/// <param name="Declaration">Whether the text declares something, so that a repeat is a duplicate; otherwise repeats share one member.</param>
internal sealed record NameUse(string Group, string Text, SourceSpan Span, bool Declaration);
