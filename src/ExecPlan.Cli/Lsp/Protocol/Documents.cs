namespace ExecPlan.Cli.Lsp.Protocol;

/// <summary>An opened document with its text.</summary>
/// <param name="Uri">The document's URI.</param>
/// <param name="LanguageId">The client's language id (markdown, yaml).</param>
/// <param name="Version">The version, increasing with each change.</param>
/// <param name="Text">The whole text.</param>
internal sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

/// <summary>A document at a version.</summary>
/// <param name="Uri">The document's URI.</param>
/// <param name="Version">Its version after the change.</param>
internal sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);

/// <summary>`textDocument/didOpen`.</summary>
/// <param name="TextDocument">The opened document.</param>
internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>One change: the whole text (no range), or a range replaced.</summary>
/// <param name="Range">The replaced range, or null when <paramref name="Text"/> is the whole document.</param>
/// <param name="Text">The new text.</param>
internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

/// <summary>`textDocument/didChange`.</summary>
/// <param name="TextDocument">The document and its new version.</param>
/// <param name="ContentChanges">The changes, in order.</param>
internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

/// <summary>`textDocument/didSave`.</summary>
/// <param name="TextDocument">The saved document.</param>
/// <param name="Text">The saved text, when the client sends it.</param>
internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

/// <summary>`textDocument/didClose`.</summary>
/// <param name="TextDocument">The closed document.</param>
internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>One file the client saw change on disk.</summary>
/// <param name="Uri">The file.</param>
/// <param name="Type">1 created, 2 changed, 3 deleted.</param>
internal sealed record FileEvent(string Uri, int Type);

/// <summary>`workspace/didChangeWatchedFiles`.</summary>
/// <param name="Changes">The files that changed.</param>
internal sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);
