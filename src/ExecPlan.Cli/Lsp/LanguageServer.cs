using System.Text.Json;
using ExecPlan.Cli.Lsp.Protocol;
using ExecPlan.Linting;
using ExecPlan.Output;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ExecPlan.Cli.Lsp;

/// <summary>
/// The LSP methods `execplan lsp` answers: the document lifecycle, diagnostics pushed after each change, code actions from the engine's
/// fixes, hover with the rule's help, completions and an outline from the plan's schema. A thin door: every answer comes from the engine.
/// A request that fails answers with a JSON-RPC error that says what went wrong, never with a stack trace.
/// </summary>
/// <param name="documents">The open documents.</param>
/// <param name="linter">Lints and publishes.</param>
/// <param name="clock">The clock rules and completions use.</param>
/// <param name="log">Where failures are told (standard error: the client's log).</param>
internal sealed class LanguageServer(OpenDocuments documents, DocumentLinter linter, TimeProvider clock, TextWriter log) : ILanguageServer
{
    private readonly TaskCompletionSource<bool> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The client's process id from `initialize`, or null.</summary>
    public int? ClientProcessId { get; private set; }

    /// <summary>Whether the client can be asked to watch files for the server.</summary>
    public bool CanWatchFiles { get; private set; }

    /// <summary>Completes with whether `shutdown` came before `exit` (the exit code depends on it).</summary>
    public Task<bool> Exited => _exit.Task;

    /// <summary>Whether `shutdown` was received.</summary>
    public bool ShutDown { get; private set; }

    /// <summary>`initialize`: what the server offers.</summary>
    public Task<InitializeResult> InitializeAsync(InitializeParams parameters)
    {
        ClientProcessId = parameters?.ProcessId;
        CanWatchFiles = parameters?.Capabilities is { ValueKind: JsonValueKind.Object } capabilities
            && capabilities.TryGetProperty("workspace", out var workspace) && workspace.ValueKind == JsonValueKind.Object
            && workspace.TryGetProperty("didChangeWatchedFiles", out var watched) && watched.ValueKind == JsonValueKind.Object
            && watched.TryGetProperty("dynamicRegistration", out var dynamic) && dynamic.ValueKind == JsonValueKind.True;
        return Task.FromResult(new InitializeResult(
            new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, Change: 1, new SaveOptions(IncludeText: false)),
                new CodeActionOptions([FixActions.QuickFix, FixActions.FixAll]),
                HoverProvider: true,
                new CompletionOptions(["#", ":", "-"]),
                DocumentSymbolProvider: true),
            new ServerInfo(ToolInfo.Name, ToolInfo.Version)));
    }

    /// <summary>`initialized`: raised by the client once it has the answer; the file watchers are asked for by the caller then.</summary>
    public void Initialized()
    {
        Initial?.Invoke();
    }

    /// <summary>Called once the client is initialized (registers the file watchers).</summary>
    public Action? Initial { get; set; }

    /// <summary>`shutdown`: the client is about to ask the server to exit.</summary>
    public Task<object?> ShutdownAsync()
    {
        ShutDown = true;
        return Task.FromResult<object?>(null);
    }

    /// <summary>`exit`: the server ends (exit code 0 after `shutdown`, 1 without).</summary>
    public void Exit() => _exit.TrySetResult(ShutDown);

    /// <summary>`textDocument/didOpen`.</summary>
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        var item = parameters.TextDocument;
        documents.Open(item.Uri, item.Version, item.Text ?? string.Empty);
        linter.Schedule(TimeSpan.Zero);
    }

    /// <summary>`textDocument/didChange`: the whole text (or ranges of it) changed; linted once the changes pause.</summary>
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        var changes = parameters.ContentChanges ?? [];
        if (documents.Change(parameters.TextDocument.Uri, parameters.TextDocument.Version, document => TextChanges.Apply(document, changes)) is not null)
        {
            linter.Schedule();
        }
    }

    /// <summary>`textDocument/didSave`: linted at once (the repository's files may depend on it).</summary>
    public void DidSave(DidSaveTextDocumentParams parameters) => linter.Schedule(TimeSpan.Zero);

    /// <summary>`textDocument/didClose`: its findings are cleared; the file on disk counts again for the others.</summary>
    public async Task DidCloseAsync(DidCloseTextDocumentParams parameters)
    {
        if (documents.Close(parameters.TextDocument.Uri) is not null)
        {
            await linter.CloseAsync(parameters.TextDocument.Uri).ConfigureAwait(false);
            linter.Schedule(TimeSpan.Zero);
        }
    }

    /// <summary>`workspace/didChangeWatchedFiles`: a configuration, lock file or plan changed on disk; the open plans are linted again.</summary>
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters) => linter.Schedule();

    /// <summary>`textDocument/codeAction`: the fixes of the findings in the range, and "fix all safe problems".</summary>
    public async Task<CodeAction[]> CodeActionAsync(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        var linted = await CurrentAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        return linted is null ? [] : Guard(() => FixActions.For(linted, parameters.Range, parameters.Context?.Only, clock, cancellationToken), "code actions");
    }

    /// <summary>`textDocument/hover`: the rule's help for the findings under the cursor.</summary>
    public async Task<Hover?> HoverAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var linted = await CurrentAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        return linted is null ? null : Guard(() => RuleHover.At(linted, parameters.Position), "hover");
    }

    /// <summary>`textDocument/completion`: headings, front-matter keys and values, field names from the plan's schema.</summary>
    public Task<CompletionList> CompletionAsync(TextDocumentPositionParams parameters)
    {
        var document = documents.Find(parameters.TextDocument.Uri);
        return Task.FromResult(document is null
            ? new CompletionList(false, [])
            : Guard(() => PlanCompletion.For(document, ConfigOf(document), parameters.Position, clock), "completion"));
    }

    /// <summary>`textDocument/documentSymbol`: the plan's title, sections and subsections.</summary>
    public Task<DocumentSymbol[]> DocumentSymbolAsync(DocumentSymbolParams parameters)
    {
        var document = documents.Find(parameters.TextDocument.Uri);
        return Task.FromResult(document is null ? [] : Guard(() => PlanOutline.Of(document, ConfigOf(document)), "document symbols"));
    }

    // The findings of the document's current text: linted now when the last lint is older (the client asks right after a change).
    private async Task<LintedDocument?> CurrentAsync(string uri, CancellationToken cancellationToken)
    {
        if (documents.Find(uri) is not { } document)
        {
            return null;
        }

        if (linter.Current(document) is { } linted)
        {
            return linted;
        }

        await linter.LintNowAsync(cancellationToken).ConfigureAwait(false);
        return documents.Find(uri) is { } now ? linter.Current(now) : null;
    }

    // The configuration the document is linted with (its repository's nearest one; the defaults for a file outside any, or no file).
    private static Configuration.ExecPlanConfig ConfigOf(OpenDocument document) =>
        document.Path is { } path
            ? PlanStanding.Resolve(new LintSettings { WorkingDirectory = Path.GetDirectoryName(path)! }, path).Config
            : Configuration.ExecPlanConfig.Default;

    // A request that fails says so in a JSON-RPC error (internal error), without a stack trace; the log gets the exception's type.
    private T Guard<T>(Func<T> answer, string what)
    {
        try
        {
            return answer();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            log.WriteLine($"{ToolInfo.Name}: {what} failed: {exception.GetType().Name}");
            throw new LocalRpcException($"execplan could not compute the {what}: {exception.GetType().Name}") { ErrorCode = (int)JsonRpcErrorCode.InternalError };
        }
    }
}
