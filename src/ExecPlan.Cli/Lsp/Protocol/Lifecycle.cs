using System.Text.Json;

namespace ExecPlan.Cli.Lsp.Protocol;

/// <summary>`initialize`: what the client is and can do.</summary>
/// <param name="ProcessId">The client's process id: the server exits when that process is gone.</param>
/// <param name="RootUri">The workspace root, or null.</param>
/// <param name="Capabilities">The client's capabilities, read where the server needs one.</param>
internal sealed record InitializeParams(int? ProcessId, string? RootUri, JsonElement Capabilities);

/// <summary>The answer to `initialize`.</summary>
/// <param name="Capabilities">What the server offers.</param>
/// <param name="ServerInfo">Its name and version.</param>
internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

/// <summary>The server's name and version.</summary>
/// <param name="Name">execplan.</param>
/// <param name="Version">The tool's version.</param>
internal sealed record ServerInfo(string Name, string Version);

/// <summary>What the server offers.</summary>
/// <param name="TextDocumentSync">How documents are synchronized.</param>
/// <param name="CodeActionProvider">The code action kinds offered.</param>
/// <param name="HoverProvider">Whether hover is answered.</param>
/// <param name="CompletionProvider">Completion triggers.</param>
/// <param name="DocumentSymbolProvider">Whether document symbols are answered.</param>
internal sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    CodeActionOptions CodeActionProvider,
    bool HoverProvider,
    CompletionOptions CompletionProvider,
    bool DocumentSymbolProvider);

/// <summary>Document synchronization: open/close, whole-text changes, save notifications.</summary>
/// <param name="OpenClose">Open and close notifications are wanted.</param>
/// <param name="Change">1: the whole text with each change.</param>
/// <param name="Save">Save notifications are wanted.</param>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

/// <summary>Save notifications.</summary>
/// <param name="IncludeText">Whether the saved text is sent along.</param>
internal sealed record SaveOptions(bool IncludeText);

/// <summary>The code action kinds the server answers.</summary>
/// <param name="CodeActionKinds">The kinds.</param>
internal sealed record CodeActionOptions(string[] CodeActionKinds);

/// <summary>Completion options.</summary>
/// <param name="TriggerCharacters">Characters that ask for completion as they are typed.</param>
internal sealed record CompletionOptions(string[] TriggerCharacters);

/// <summary>`client/registerCapability`: the file watchers the server asks for.</summary>
/// <param name="Registrations">The registrations.</param>
internal sealed record RegistrationParams(Registration[] Registrations);

/// <summary>One registration.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Method">The method registered.</param>
/// <param name="RegisterOptions">Its options.</param>
internal sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

/// <summary>The files to watch.</summary>
/// <param name="Watchers">The watchers.</param>
internal sealed record DidChangeWatchedFilesRegistrationOptions(FileSystemWatcher[] Watchers);

/// <summary>One glob of files to watch.</summary>
/// <param name="GlobPattern">The glob.</param>
internal sealed record FileSystemWatcher(string GlobPattern);
