using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using ExecPlan.Diagnostics;

namespace ExecPlan.Schema;

/// <summary>A rule of the catalogue: stable ID, name, default severity, message and help.</summary>
/// <param name="Id">The stable ID, e.g. EXP0202.</param>
/// <param name="Name">The kebab-case name, e.g. missing-required-section.</param>
/// <param name="DefaultSeverity">The severity when the configuration says nothing.</param>
/// <param name="MessageFormat">The message with `{name}` placeholders.</param>
/// <param name="Help">One paragraph: what the rule checks and how to fix a finding.</param>
/// <param name="Family">The family title, e.g. Structure.</param>
/// <param name="Parameters">The placeholder names in order of first appearance.</param>
/// <param name="PlacedWhereMissing">
/// Whether a finding stands where a missing part belongs (a section at the next section's heading, a field at the end of the
/// front matter), not on a line of its own: what identifies it across edits is its message, not the line it stands on.
/// </param>
public sealed record RuleDescriptor(
    string Id,
    string Name,
    Severity DefaultSeverity,
    string MessageFormat,
    string Help,
    string Family,
    ImmutableArray<string> Parameters,
    bool PlacedWhereMissing = false)
{
    /// <summary>
    /// Fills the message placeholders with the arguments, in parameter order, in one pass: an argument is never read for
    /// placeholders itself (a plan's text that says `{missing}` stays as written), and a placeholder without an argument stays.
    /// </summary>
    public string Format(params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var rest = MessageFormat.AsSpan();
        if (arguments.Length == 0 || rest.IndexOf('{') < 0)
        {
            return MessageFormat;
        }

        var text = new DefaultInterpolatedStringHandler(MessageFormat.Length + 64, 0, CultureInfo.InvariantCulture);
        while (rest.IndexOf('{') is var open and >= 0 && rest[(open + 1)..].IndexOfAny('{', '}') is var length and >= 0)
        {
            if (rest[open + 1 + length] == '{')
            {
                // A brace that opens no placeholder: kept, and the search goes on from the next one.
                text.AppendFormatted(rest[..(open + 1 + length)]);
                rest = rest[(open + 1 + length)..];
                continue;
            }

            text.AppendFormatted(rest[..open]);
            var placeholder = rest.Slice(open, length + 2);
            var index = Argument(placeholder[1..^1]);
            text.AppendFormatted(index >= 0 && index < arguments.Length ? arguments[index] : placeholder);
            rest = rest[(open + length + 2)..];
        }

        text.AppendFormatted(rest);
        return text.ToStringAndClear();
    }

    private int Argument(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < Parameters.Length; i++)
        {
            if (name.SequenceEqual(Parameters[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
