using ExecPlan.Cli.Lsp.Protocol;
using PolyType;
using StreamJsonRpc;

namespace ExecPlan.Cli.Lsp;

/// <summary>
/// The LSP methods the server answers, as an RPC contract: its shape is generated at compile time (PolyType), so that StreamJsonRpc
/// dispatches to it without reflection in the ahead-of-time build.
/// </summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ILanguageServer
{
    /// <summary>`initialize`: what the server offers.</summary>
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    Task<InitializeResult> InitializeAsync(InitializeParams parameters);

    /// <summary>`initialized`: the client has the answer.</summary>
    [JsonRpcMethod("initialized")]
    void Initialized();

    /// <summary>`shutdown`: the client is about to ask the server to exit.</summary>
    [JsonRpcMethod("shutdown")]
    Task<object?> ShutdownAsync();

    /// <summary>`exit`: the server ends.</summary>
    [JsonRpcMethod("exit")]
    void Exit();

    /// <summary>`textDocument/didOpen`.</summary>
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    void DidOpen(DidOpenTextDocumentParams parameters);

    /// <summary>`textDocument/didChange`.</summary>
    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    void DidChange(DidChangeTextDocumentParams parameters);

    /// <summary>`textDocument/didSave`.</summary>
    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    void DidSave(DidSaveTextDocumentParams parameters);

    /// <summary>`textDocument/didClose`.</summary>
    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    Task DidCloseAsync(DidCloseTextDocumentParams parameters);

    /// <summary>`workspace/didChangeWatchedFiles`.</summary>
    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters);

    /// <summary>`textDocument/codeAction`.</summary>
    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    Task<CodeAction[]> CodeActionAsync(CodeActionParams parameters, CancellationToken cancellationToken);

    /// <summary>`textDocument/hover`.</summary>
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    Task<Hover?> HoverAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken);

    /// <summary>`textDocument/completion`.</summary>
    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    Task<CompletionList> CompletionAsync(TextDocumentPositionParams parameters);

    /// <summary>`textDocument/documentSymbol`.</summary>
    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    Task<DocumentSymbol[]> DocumentSymbolAsync(DocumentSymbolParams parameters);
}
