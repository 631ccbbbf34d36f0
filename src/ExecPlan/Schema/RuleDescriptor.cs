using System.Collections.Immutable;
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
    /// <summary>Fills the message placeholders with the arguments, in parameter order.</summary>
    public string Format(params string[] arguments)
    {
        var text = MessageFormat;
        for (var i = 0; i < Parameters.Length && i < arguments.Length; i++)
        {
            text = text.Replace("{" + Parameters[i] + "}", arguments[i], StringComparison.Ordinal);
        }

        return text;
    }
}
