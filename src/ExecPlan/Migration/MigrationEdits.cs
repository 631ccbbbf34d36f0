using System.Text;
using ExecPlan.Fixes;

namespace ExecPlan.Migration;

/// <summary>Applies the edits of one migration pass to the text the pass parsed.</summary>
internal static class MigrationEdits
{
    /// <summary>The text with the edits applied; edits must not overlap (each pass edits each place once).</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var output = new StringBuilder(text.Length);
        var at = 0;
        foreach (var edit in edits.OrderBy(e => e.Offset))
        {
            output.Append(text, at, edit.Offset - at).Append(edit.NewText);
            at = edit.End;
        }

        return output.Append(text, at, text.Length - at).ToString();
    }
}
