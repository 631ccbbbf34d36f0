using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ExecPlan.Cli.Tests.Mcp;

/// <summary>`execplan mcp` at the protocol's edge, with raw JSON-RPC lines: bad lines never end it, and it ends when its input does.</summary>
public sealed class McpProtocolTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Malformed_lines_do_not_stop_the_server_it_still_answers_and_it_exits_when_standard_input_closes()
    {
        using var repository = TempFolder.WithGit();
        var start = new ProcessStartInfo(BuiltCli.Program)
        {
            WorkingDirectory = repository.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var argument in McpSession.ServerArguments(repository.Path))
        {
            start.ArgumentList.Add(argument);
        }

        using var server = Process.Start(start)!;
        var errors = server.StandardError.ReadToEndAsync();
        try
        {
            await Send(server, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""");
            Assert.Equal("execplan", (await Response(server, 1)).GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
            await Send(server, """{"jsonrpc":"2.0","method":"notifications/initialized"}""");

            await Send(server, "this is not JSON");
            await Send(server, """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"lint_plan","arguments":""");
            await Send(server, """{"no":"json-rpc"}""");
            await Send(server, """{"jsonrpc":"2.0","id":3,"method":"tools/list"}""");

            var tools = (await Response(server, 3)).GetProperty("result").GetProperty("tools");
            Assert.Equal(5, tools.GetArrayLength());

            server.StandardInput.Close();
            Assert.True(await Exited(server), "the server did not exit after standard input closed");
            Assert.Equal(0, server.ExitCode);
            Assert.DoesNotContain("   at ", await errors, StringComparison.Ordinal);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task Send(Process server, string line)
    {
        await server.StandardInput.WriteLineAsync(line);
        await server.StandardInput.FlushAsync();
    }

    // The response to request <paramref name="id"/>, skipping notifications and other responses.
    private static async Task<JsonElement> Response(Process server, int id)
    {
        while (await server.StandardOutput.ReadLineAsync().WaitAsync(Wait) is { } line)
        {
            using var message = JsonDocument.Parse(line);
            if (message.RootElement.TryGetProperty("id", out var got) && got.ValueKind == JsonValueKind.Number && got.GetInt32() == id)
            {
                return message.RootElement.Clone();
            }
        }

        throw new InvalidOperationException($"the server closed its output before answering request {id}");
    }

    private static async Task<bool> Exited(Process server)
    {
        using var timeout = new CancellationTokenSource(Wait);
        try
        {
            await server.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
