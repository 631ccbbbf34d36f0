using System.Collections.Immutable;
using ExecPlan.Diagnostics;

namespace ExecPlan.Model;

/// <summary>The YAML front matter block: its place in the file, its top-level entries, and why it could not be read, if so.</summary>
/// <param name="Span">From the opening `---` to the closing fence.</param>
/// <param name="Entries">The top-level entries in file order, repeats included.</param>
/// <param name="Error">The YAML error, located in the file, or null when it parsed.</param>
public sealed record FrontMatter(SourceSpan Span, ImmutableArray<FrontMatterEntry> Entries, FrontMatterError? Error)
{
    /// <summary>The first entry with the key, or null.</summary>
    public FrontMatterEntry? this[string key]
    {
        get
        {
            // A loop, not a lambda: every rule looks fields up, and each lookup through one allocated a closure and a delegate.
            foreach (var entry in Entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.Ordinal))
                {
                    return entry;
                }
            }

            return null;
        }
    }

    /// <summary>The scalar value of the key's first entry, or null when absent, empty or not a scalar.</summary>
    public string? ValueOf(string key) => this[key] is { Kind: FrontMatterValueKind.Scalar, Value: { Length: > 0 } value } ? value : null;
}

/// <summary>Why the front matter could not be read.</summary>
/// <param name="Message">The parser's message.</param>
/// <param name="Span">Where, in the file.</param>
public sealed record FrontMatterError(string Message, SourceSpan Span);
