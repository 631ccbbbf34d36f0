namespace ExecPlan.Cli.Lsp.Protocol;

/// <summary>A position in a document: 0-based line, and character offset in UTF-16 code units (LSP's default encoding).</summary>
/// <param name="Line">The line, 0-based.</param>
/// <param name="Character">The UTF-16 offset in the line, 0-based.</param>
internal sealed record Position(int Line, int Character);

/// <summary>A range in a document, end exclusive.</summary>
/// <param name="Start">The first position.</param>
/// <param name="End">The position just past the range.</param>
internal sealed record Range(Position Start, Position End);

/// <summary>A document by its URI.</summary>
/// <param name="Uri">The document's URI.</param>
internal sealed record TextDocumentIdentifier(string Uri);

/// <summary>A document and a position in it (hover, completion).</summary>
/// <param name="TextDocument">The document.</param>
/// <param name="Position">The position.</param>
internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>A replacement of a range with new text.</summary>
/// <param name="Range">The replaced range.</param>
/// <param name="NewText">The text put in its place.</param>
internal sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits to documents, by URI.</summary>
/// <param name="Changes">The edits of each document.</param>
internal sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

/// <summary>Markdown or plain text shown to the user.</summary>
/// <param name="Kind">`markdown` or `plaintext`.</param>
/// <param name="Value">The text.</param>
internal sealed record MarkupContent(string Kind, string Value);
