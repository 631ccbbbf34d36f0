using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>A name used before its declaration may have been read (rules come last in the file).</summary>
/// <param name="Kind">What the name refers to.</param>
/// <param name="Name">The referenced name or rule ID.</param>
/// <param name="Owner">The schema key that holds the reference, for the message.</param>
/// <param name="Span">Where the reference stands.</param>
internal sealed record Reference(ReferenceKind Kind, string Name, string Owner, SourceSpan Span);
