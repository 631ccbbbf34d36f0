using ExecPlan.Cli.Lsp.Protocol;

namespace ExecPlan.Cli.Lsp;

/// <summary>Applies `didChange` content changes: a change without a range is the whole new text; one with a range replaces it.</summary>
internal static class TextChanges
{
    /// <summary>The document's text after the changes, applied in order.</summary>
    public static string Apply(OpenDocument document, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var current = document;
        foreach (var change in changes)
        {
            var text = change.Text ?? string.Empty;
            if (change.Range is not { } range)
            {
                current = new OpenDocument(current.Uri, current.Path, current.Version, text);
                continue;
            }

            var start = LspRanges.ClientOffsetOf(range.Start, current);
            var end = Math.Max(start, LspRanges.ClientOffsetOf(range.End, current));
            current = new OpenDocument(current.Uri, current.Path, current.Version, string.Concat(current.Text.AsSpan(0, start), text, current.Text.AsSpan(end)));
        }

        return current.Text;
    }
}
