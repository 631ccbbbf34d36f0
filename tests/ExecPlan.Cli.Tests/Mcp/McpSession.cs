using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace ExecPlan.Cli.Tests.Mcp;

/// <summary>The built `execplan mcp` serving a temporary repository, driven by the SDK's own client over the child's standard input and output.</summary>
internal sealed class McpSession : IAsyncDisposable
{
    private McpSession(TempFolder repository, McpClient client)
    {
        Repository = repository;
        Client = client;
    }

    /// <summary>The repository the server was started for (`--root`); it has a `.git` folder.</summary>
    public TempFolder Repository { get; }

    /// <summary>The connected client.</summary>
    public McpClient Client { get; }

    /// <summary>The arguments that start the built server for <paramref name="root"/>.</summary>
    public static string[] ServerArguments(string root) => BuiltCli.Arguments("mcp", "--root", root);

    /// <summary>Starts the server over a fresh repository and connects to it.</summary>
    public static async Task<McpSession> StartAsync()
    {
        var repository = TempFolder.WithGit();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "execplan",
            Command = BuiltCli.Program,
            Arguments = ServerArguments(repository.Path),
            WorkingDirectory = repository.Path,
            EnvironmentVariables = new Dictionary<string, string?> { ["DOTNET_NOLOGO"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        return new McpSession(repository, await McpClient.CreateAsync(transport, cancellationToken: timeout.Token));
    }

    /// <summary>Calls <paramref name="tool"/>; a tool error comes back as a result with <see cref="CallToolResult.IsError"/> set.</summary>
    public async Task<ToolCall> CallAsync(string tool, Dictionary<string, object?> arguments)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var result = await Client.CallToolAsync(tool, arguments, cancellationToken: timeout.Token);
        return new ToolCall(result);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        Repository.Dispose();
    }
}

/// <summary>A tool's result: its text, its structured content and whether it is an error.</summary>
/// <param name="Result">The result as the client received it.</param>
internal sealed record ToolCall(CallToolResult Result)
{
    /// <summary>Whether the call failed as a tool error.</summary>
    public bool IsError => Result.IsError == true;

    /// <summary>The text of its content blocks.</summary>
    public string Text => string.Concat(Result.Content.OfType<TextContentBlock>().Select(c => c.Text));

    /// <summary>Everything the agent receives, text and structured content, as one string (to look for what must not be there).</summary>
    public string Everything => Text + (Result.StructuredContent is { } json ? json.GetRawText() : string.Empty);

    /// <summary>The structured content.</summary>
    public JsonElement Json => Result.StructuredContent ?? throw new InvalidOperationException($"no structured content: {Text}");
}
