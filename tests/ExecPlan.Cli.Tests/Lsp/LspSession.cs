using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ExecPlan.Cli.Tests.Lsp;

/// <summary>
/// A language client for tests: starts the built `execplan lsp` as a child process and speaks LSP to it over its standard input and
/// output, with its own framing so that tests can also send what no well-behaved client would (a malformed body). Requests the
/// server sends (client/registerCapability) are answered with null.
/// </summary>
internal sealed class LspSession : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Stream _input;
    private readonly List<JsonObject> _received = [];
    private readonly object _lock = new();
    private readonly StringBuilder _stderr = new();
    private readonly Thread _reader;
    private int _nextId;

    private LspSession(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        _reader = new Thread(Read) { IsBackground = true, Name = "lsp-test-reader" };
        _reader.Start();
    }

    /// <summary>What the server wrote to standard error so far.</summary>
    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<JsonObject> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Starts `execplan lsp ARGS` in <paramref name="workingDirectory"/>.</summary>
    public static LspSession Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(BuiltCli.Program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in BuiltCli.Arguments(["lsp", .. args]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new LspSession(Process.Start(start)!);
    }

    /// <summary>Starts the server and initializes it (processId: this test process; capabilities as given, none by default).</summary>
    public static async Task<LspSession> InitializedAsync(string workingDirectory, JsonObject? capabilities = null, int? processId = null)
    {
        var session = Start(workingDirectory);
        await session.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = processId ?? Environment.ProcessId,
            ["rootUri"] = new Uri(workingDirectory).AbsoluteUri,
            ["capabilities"] = capabilities ?? new JsonObject(),
        });
        session.Notify("initialized", new JsonObject());
        return session;
    }

    /// <summary>Sends a request and waits for its answer; a JSON-RPC error throws <see cref="LspError"/>.</summary>
    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        var answer = await WaitForAsync(m => m["id"] is JsonValue v && v.TryGetValue<int>(out var got) && got == id && m["method"] is null);
        return answer["error"] is JsonObject error
            ? throw new LspError((int)error["code"]!, (string)error["message"]!)
            : answer["result"];
    }

    /// <summary>Sends a notification.</summary>
    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>Opens a document with its text.</summary>
    public void Open(string uri, string text, int version = 1) =>
        Notify("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = version, ["text"] = text } });

    /// <summary>Sends a document's whole new text.</summary>
    public void Change(string uri, string text, int version) =>
        Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });

    /// <summary>Closes a document.</summary>
    public void Close(string uri) =>
        Notify("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });

    /// <summary>Sends a body as it is, framed by a correct header.</summary>
    public void SendRaw(byte[] body)
    {
        lock (_input)
        {
            _input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            _input.Write(body);
            _input.Flush();
        }
    }

    /// <summary>Waits for the first message received from now on, or already received, that matches.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, TimeSpan? timeout = null, int skip = 0)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < (timeout ?? Patience))
        {
            lock (_lock)
            {
                var found = _received.Skip(skip).FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }
            }

            if (_process.HasExited && !_reader.IsAlive)
            {
                break;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no matching message within {timeout ?? Patience}; received {Received.Count}; server stderr: {Stderr}");
    }

    /// <summary>The diagnostics of the next publication for <paramref name="uri"/> (after the first <paramref name="after"/> messages) that matches.</summary>
    public async Task<(JsonArray Diagnostics, int Index)> DiagnosticsAsync(string uri, Func<JsonArray, bool>? match = null, int after = 0)
    {
        var message = await WaitForAsync(m => IsPublication(m, uri) && (match is null || match((JsonArray)m["params"]!["diagnostics"]!)), skip: after);
        lock (_lock)
        {
            return ((JsonArray)message["params"]!["diagnostics"]!, _received.IndexOf(message) + 1);
        }
    }

    /// <summary>Whether a message publishes diagnostics for the URI.</summary>
    public static bool IsPublication(JsonObject message, string uri) =>
        (string?)message["method"] == "textDocument/publishDiagnostics" && (string?)message["params"]!["uri"] == uri;

    /// <summary>Closes the server's standard input (the client went away).</summary>
    public void CloseInput() => _input.Close();

    /// <summary>Waits for the server to exit; returns its exit code.</summary>
    public int WaitForExit(TimeSpan timeout) =>
        _process.WaitForExit(timeout) ? _process.ExitCode : throw new TimeoutException($"the server did not exit within {timeout}; stderr: {Stderr}");

    /// <summary>Whether the server is still running.</summary>
    public bool IsRunning => !_process.HasExited;

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private void Send(JsonObject message) => SendRaw(Encoding.UTF8.GetBytes(message.ToJsonString()));

    // Content-Length framed messages, until the server closes its output.
    private void Read()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (ReadHeader(output) is { } length)
            {
                var body = new byte[length];
                output.ReadExactly(body);
                var message = JsonNode.Parse(body)!.AsObject();
                if (message["method"] is not null && message["id"] is not null)
                {
                    // A request from the server: answered with null.
                    Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = null });
                }

                lock (_lock)
                {
                    _received.Add(message);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or EndOfStreamException or ObjectDisposedException or JsonException)
        {
            // The server went; tests see it in what was received and in its exit.
        }
    }

    private static int? ReadHeader(Stream output)
    {
        int? length = null;
        var line = new StringBuilder();
        while (true)
        {
            var b = output.ReadByte();
            if (b < 0)
            {
                return null;
            }

            if (b != '\n')
            {
                line.Append((char)b);
                continue;
            }

            var text = line.ToString().TrimEnd('\r');
            line.Clear();
            if (text.Length == 0)
            {
                return length;
            }

            if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(text["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}

/// <summary>A JSON-RPC error the server answered with.</summary>
/// <param name="code">The error code.</param>
/// <param name="message">The error message.</param>
internal sealed class LspError(int code, string message) : Exception(message)
{
    /// <summary>The JSON-RPC error code.</summary>
    public int Code { get; } = code;
}
