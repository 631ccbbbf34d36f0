using System.CommandLine;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ExecPlan.Cli.Lsp.Protocol;
using StreamJsonRpc;

namespace ExecPlan.Cli.Lsp;

/// <summary>`execplan lsp`: the language server, over standard input and output.</summary>
internal static class LspCommand
{
    public const string Name = "lsp";

    /// <summary>The command and its action.</summary>
    public static Command Create(CliContext context)
    {
        // Clients that start servers over stdio pass --stdio (vscode-languageclient's TransportKind.stdio); it is the only transport.
        var stdio = new Option<bool>("--stdio") { Description = "Talk LSP over standard input and output (the default and only transport)." };
        var clientProcessId = new Option<int?>("--clientProcessId") { Hidden = true, Description = "The client's process id: the server exits when it is gone." };
        var command = new Command(Name, "Run the language server for editors (LSP over standard input and output).") { stdio, clientProcessId };
        command.SetAction((result, cancellationToken) => RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), result.GetValue(clientProcessId), context, cancellationToken));
        return command;
    }

    /// <summary>What `lsp --help` says after the options.</summary>
    public const string Notes = """
        Serves one editor over standard input and output (Content-Length framed
        JSON-RPC, LSP 3.17): findings of the open plans as they are typed, quick
        fixes and "fix all safe problems", the rule's help on hover, completion
        of headings, front-matter keys and values and entry fields, and an
        outline. Each plan is linted with its repository's configuration.

        Exits when the client sends exit (code 0 after shutdown, 1 without), when
        standard input closes, or when the client's process is gone.
        """;

    /// <summary>Serves until the client exits or goes; returns the exit code.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, int? clientProcessId, CliContext context, CancellationToken cancellationToken)
    {
        using var handler = new LspMessageHandler(output, input, CreateFormatter());
        using var rpc = new LspConnection(handler);
        var documents = new OpenDocuments();
        using var linter = new DocumentLinter(documents, message => rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", Arguments.Of(message), Arguments.TypesOf(message)), context.Clock, context.Stderr);
        var server = new LanguageServer(documents, linter, context.Clock, context.Stderr);
        server.Initial = () => _ = WatchFilesAsync(rpc, server, context.Stderr);
        rpc.AddLocalRpcTarget(RpcTargetMetadata.FromShape<ILanguageServer>(), server, new JsonRpcTargetOptions { DisposeOnDisconnect = false });
        rpc.StartListening();

        using var clientGone = new CancellationTokenSource();
        _ = WatchClientAsync(() => clientProcessId ?? server.ClientProcessId, clientGone, cancellationToken);
        var ended = await Task.WhenAny(rpc.Completion, server.Exited, Task.Delay(Timeout.Infinite, clientGone.Token).ContinueWith(_ => { }, TaskScheduler.Default)).ConfigureAwait(false);
        // LSP's contract: exit code 0 when shutdown came before exit, 1 otherwise (the client went, or exited without shutdown).
        return ended == server.Exited && await server.Exited.ConfigureAwait(false) ? ExitCodes.Success : 1;
    }

    // StreamJsonRpc's JSON formatter, as its NativeAOT guide sets it up: every type from the source-generated context (no reflection
    // fallback: a type missing there fails loudly), and none of the exotic types (IProgress, IAsyncEnumerable, marshaled objects)
    // whose support in this formatter is what the library marks as not hardened for trimming.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every serialized type comes from LspJson, the source-generated context; no exotic types are used.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every serialized type comes from LspJson, the source-generated context; no exotic types are used.")]
    private static SystemTextJsonFormatter CreateFormatter() => new() { JsonSerializerOptions = new JsonSerializerOptions(LspJson.Default.Options) };

    // Asks the client to watch the files the findings depend on: configurations, lock files, baselines and plans.
    private static async Task WatchFilesAsync(JsonRpc rpc, LanguageServer server, TextWriter log)
    {
        if (!server.CanWatchFiles)
        {
            return;
        }

        try
        {
            string[] globs = ["**/.execplan.yaml", "**/.execplan-baseline.json", "**/.agent-locks.yaml", "**/*.md"];
            var registration = new Registration("execplan-watched-files", "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions([.. globs.Select(g => new Protocol.FileSystemWatcher(g))]));
            await rpc.InvokeWithParameterObjectAsync("client/registerCapability", Arguments.Of(new RegistrationParams([registration])), Arguments.Registration, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
            log.WriteLine($"execplan: the client did not watch files for the server: {exception.GetType().Name}");
        }
    }

    // The client's process, polled: a client that dies without closing the pipe must not leave the server behind.
    private static async Task WatchClientAsync(Func<int?> processId, CancellationTokenSource gone, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
                if (processId() is { } id && !IsRunning(id))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: end as if the client went.
        }

        await gone.CancelAsync().ConfigureAwait(false);
    }

    private static bool IsRunning(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
