namespace ExecPlan.Cli.Lsp.Protocol;

/// <summary>`textDocument/codeAction`.</summary>
/// <param name="TextDocument">The document.</param>
/// <param name="Range">The range the actions are asked for.</param>
/// <param name="Context">The findings there, and the kinds wanted.</param>
internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

/// <summary>What a code action request is about.</summary>
/// <param name="Diagnostics">The findings the client shows in the range.</param>
/// <param name="Only">The kinds wanted, or null for all.</param>
internal sealed record CodeActionContext(LspDiagnostic[]? Diagnostics, string[]? Only);

/// <summary>A change the user can apply.</summary>
/// <param name="Title">What it does.</param>
/// <param name="Kind">quickfix or source.fixAll.execplan.</param>
/// <param name="Diagnostics">The findings it fixes.</param>
/// <param name="IsPreferred">Whether it is the fix to apply (a safe one).</param>
/// <param name="Edit">The edits.</param>
internal sealed record CodeAction(string Title, string Kind, LspDiagnostic[]? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);
