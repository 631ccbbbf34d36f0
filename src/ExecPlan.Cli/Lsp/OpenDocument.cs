using ExecPlan.Model;

namespace ExecPlan.Cli.Lsp;

/// <summary>A document the client has open, as it stood at one version (a change makes a new one).</summary>
/// <param name="uri">The URI, as the client sent it (diagnostics go back under the same string).</param>
/// <param name="path">The file's full path, or null when the URI is not a file URI.</param>
/// <param name="version">The client's version of the text.</param>
/// <param name="text">The text as the client holds it, unsaved changes included.</param>
internal sealed class OpenDocument(string uri, string? path, int version, string text)
{
    private LineMap? _lines;

    /// <summary>The URI, as the client sent it.</summary>
    public string Uri { get; } = uri;

    /// <summary>The file's full path, or null when the URI is not a file URI.</summary>
    public string? Path { get; } = path;

    /// <summary>The client's version of the text.</summary>
    public int Version { get; } = version;

    /// <summary>The text as the client holds it (with a byte-order mark if the client kept one).</summary>
    public string Text { get; } = text;

    /// <summary>1 when the text starts with a byte-order mark, which the engine never counts (its columns on line 1 start after it).</summary>
    public int Bom { get; } = text.StartsWith('\uFEFF') ? 1 : 0;

    /// <summary>The text as the engine reads it: without the byte-order mark. Offsets of the engine's model count in this text.</summary>
    public string PlanText => Bom == 0 ? Text : Text[Bom..];

    /// <summary>The line starts of <see cref="PlanText"/> (CR, LF and CRLF end a line, as LSP counts them).</summary>
    public LineMap Lines => _lines ??= new LineMap(PlanText);
}
