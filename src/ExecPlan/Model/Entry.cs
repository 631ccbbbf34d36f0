using System.Collections.Immutable;
using ExecPlan.Diagnostics;

namespace ExecPlan.Model;

/// <summary>A section's entry (a progress item, a decision, a criterion...): its leading timestamp and its fields.</summary>
/// <param name="Kind">The schema's entry kind name.</param>
/// <param name="Range">The offsets of the list item(s) the entry spans.</param>
/// <param name="Span">Where the entry stands (its first line).</param>
/// <param name="Timestamp">The leading date-time token as written, or null.</param>
/// <param name="TimestampSpan">Where the timestamp stands.</param>
/// <param name="Fields">The fields found, in order.</param>
/// <param name="Checked">The task checkbox state of the first item, or null.</param>
public sealed record Entry(
    string Kind,
    TextRange Range,
    SourceSpan Span,
    string? Timestamp,
    SourceSpan TimestampSpan,
    ImmutableArray<EntryField> Fields,
    bool? Checked)
{
    /// <summary>The first field with one of the names (ordinal, ignoring case), or null.</summary>
    public EntryField? Field(params ReadOnlySpan<string> names)
    {
        foreach (var field in Fields)
        {
            foreach (var name in names)
            {
                if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return field;
                }
            }
        }

        return null;
    }
}
