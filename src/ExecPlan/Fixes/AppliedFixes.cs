using System.Collections.Immutable;
using System.Text;

namespace ExecPlan.Fixes;

/// <summary>The text after applying the fixes that do not overlap one taken before them, and which fixes those were.</summary>
/// <param name="Text">The fixed text.</param>
/// <param name="Applied">The fixes applied, in the order given.</param>
/// <param name="Skipped">The fixes left out because an edit overlaps one of an earlier fix (or falls outside the text); a later pass over the new text may take them.</param>
public sealed record AppliedFixes(string Text, ImmutableArray<PlanFix> Applied, ImmutableArray<PlanFix> Skipped)
{
    /// <summary>Applies <paramref name="fixes"/> to <paramref name="text"/> in order, each whole or not at all.</summary>
    /// <remarks>Two edits conflict when their ranges share a character, when an insertion falls inside a replaced range, or when two insertions
    /// stand at the same offset (their order would be a guess). Deleting a range and inserting at either of its ends do not conflict.</remarks>
    public static AppliedFixes Apply(string text, IEnumerable<PlanFix> fixes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fixes);
        var taken = new List<TextEdit>();
        var applied = ImmutableArray.CreateBuilder<PlanFix>();
        var skipped = ImmutableArray.CreateBuilder<PlanFix>();
        foreach (var fix in fixes)
        {
            var edits = fix.Edits;
            var fits = !edits.IsDefaultOrEmpty
                && edits.All(e => e.Offset >= 0 && e.Length >= 0 && e.End <= text.Length)
                && !edits.Any(e => taken.Any(t => Conflict(e, t)))
                && !edits.Select((e, i) => edits.Skip(i + 1).Any(o => Conflict(e, o))).Any(c => c);
            (fits ? applied : skipped).Add(fix);
            if (fits)
            {
                taken.AddRange(edits);
            }
        }

        return new AppliedFixes(Rewrite(text, taken), applied.ToImmutable(), skipped.ToImmutable());
    }

    private static bool Conflict(TextEdit a, TextEdit b) =>
        (a.Offset < b.End && b.Offset < a.End)
        || (a.Offset == b.Offset && a.Length == 0 && b.Length == 0);

    private static string Rewrite(string text, List<TextEdit> edits)
    {
        if (edits.Count == 0)
        {
            return text;
        }

        // An insertion at the start of a replaced range goes before it; nothing else can share an offset.
        var ordered = edits.OrderBy(e => e.Offset).ThenBy(e => e.Length).ToList();
        var result = new StringBuilder(text.Length + ordered.Sum(e => e.NewText.Length));
        var at = 0;
        foreach (var edit in ordered)
        {
            result.Append(text, at, edit.Offset - at).Append(edit.NewText);
            at = edit.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }
}
