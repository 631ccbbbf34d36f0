namespace ExecPlan.Cli.Lsp.Protocol;

/// <summary>The answer to `textDocument/hover`.</summary>
/// <param name="Contents">What is shown.</param>
/// <param name="Range">The range it is about.</param>
internal sealed record Hover(MarkupContent Contents, Range? Range);

/// <summary>One completion.</summary>
/// <param name="Label">What the list shows.</param>
/// <param name="Kind">The LSP completion item kind.</param>
/// <param name="Detail">A short note beside the label.</param>
/// <param name="Documentation">What it is, from the schema.</param>
/// <param name="SortText">Sorts the list (schema order).</param>
/// <param name="FilterText">What the typed text is matched against.</param>
/// <param name="TextEdit">The edit applied when it is chosen.</param>
internal sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation, string SortText, string FilterText, TextEdit TextEdit);

/// <summary>A completion list.</summary>
/// <param name="IsIncomplete">Whether typing further should ask again.</param>
/// <param name="Items">The completions.</param>
internal sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

/// <summary>One entry of the outline.</summary>
/// <param name="Name">The heading's text.</param>
/// <param name="Detail">The schema section it counts as, when it differs.</param>
/// <param name="Kind">The LSP symbol kind.</param>
/// <param name="Range">The whole section.</param>
/// <param name="SelectionRange">The heading.</param>
/// <param name="Children">Its subsections.</param>
internal sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children);

/// <summary>`textDocument/documentSymbol`.</summary>
/// <param name="TextDocument">The document.</param>
internal sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);
