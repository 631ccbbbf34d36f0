using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ExecPlan.Secrets;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ExecPlan.Cli.Mcp;

/// <summary>
/// One tool of the server: its arguments bound to <typeparamref name="TArguments"/> and its result written from <typeparamref name="TResult"/>
/// by the source-generated <see cref="McpJson"/> (no reflection-based serialization), its input and output schemas made from the same types.
/// Whatever goes wrong is a tool error result with one clear sentence, never an exception that reaches the client or a stack trace.
/// </summary>
/// <typeparam name="TArguments">The arguments, as a record with one property per argument.</typeparam>
/// <typeparam name="TResult">The structured result.</typeparam>
internal sealed class PlanTool<TArguments, TResult> : McpServerTool
    where TArguments : class
{
    private static readonly JsonWriterOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JsonTypeInfo<TArguments> _arguments;
    private readonly JsonTypeInfo<TResult> _result;
    private readonly Func<TArguments, CancellationToken, TResult> _run;

    /// <summary>A tool named <paramref name="tool"/>'s name that runs <paramref name="run"/>.</summary>
    /// <param name="tool">The protocol tool: name, description and annotations; the schemas are filled in here.</param>
    /// <param name="arguments">How the arguments are read.</param>
    /// <param name="result">How the result is written.</param>
    /// <param name="run">The tool's work: throws <see cref="ToolRefusal"/> for a call it will not carry out.</param>
    public PlanTool(Tool tool, JsonTypeInfo<TArguments> arguments, JsonTypeInfo<TResult> result, Func<TArguments, CancellationToken, TResult> run)
    {
        _arguments = arguments;
        _result = result;
        _run = run;
        // Written as wrapped paragraphs in the source; one line each for the agent.
        tool.Description = tool.Description?.ReplaceLineEndings(" ");
        tool.InputSchema = AIJsonUtilities.CreateJsonSchema(typeof(TArguments), serializerOptions: McpJson.Default.Options);
        tool.OutputSchema = AIJsonUtilities.CreateJsonSchema(typeof(TResult), serializerOptions: McpJson.Default.Options);
        ProtocolTool = tool;
    }

    /// <inheritdoc/>
    public override Tool ProtocolTool { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<object> Metadata { get; } = [];

    /// <inheritdoc/>
    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The engine's work blocks: off the transport's thread, so that other messages (a cancellation, a ping) are read meanwhile.
        return await Task.Run(() => Invoke(request.Params?.Arguments, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private CallToolResult Invoke(IDictionary<string, JsonElement>? given, CancellationToken cancellationToken)
    {
        try
        {
            var result = _run(Bind(given), cancellationToken);
            // The text block is the same JSON for clients that read no structured content, with '<' and '&' left readable.
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, Readable))
            {
                JsonSerializer.Serialize(writer, result, _result);
            }

            using var document = JsonDocument.Parse(buffer.WrittenMemory);
            return new CallToolResult
            {
                Content = [new TextContentBlock { Text = Encoding.UTF8.GetString(buffer.WrittenSpan) }],
                StructuredContent = document.RootElement.Clone(),
            };
        }
        catch (ToolRefusal refusal)
        {
            return Error(refusal.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // As the command line ends every failure: one line with the kind of failure, never a stack trace.
            return Error($"internal error: {exception.GetType().Name}: {exception.Message}");
        }
    }

    // The arguments object as the record; an unknown name, a missing required one or a value of the wrong type is refused by name.
    private TArguments Bind(IDictionary<string, JsonElement>? given)
    {
        var names = _arguments.Properties.Select(p => p.Name).ToList();
        given ??= new Dictionary<string, JsonElement>();
        if (given.Keys.FirstOrDefault(k => !names.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            throw new ToolRefusal($"unknown argument '{unknown}'; {ProtocolTool.Name} takes {string.Join(", ", names)}");
        }

        if (_arguments.Properties.FirstOrDefault(p => p.IsRequired && !given.ContainsKey(p.Name)) is { } missing)
        {
            throw new ToolRefusal($"missing argument '{missing.Name}'");
        }

        try
        {
            var json = JsonSerializer.SerializeToElement(given, McpJson.Default.IDictionaryStringJsonElement);
            return json.Deserialize(_arguments) ?? throw new ToolRefusal("the arguments must be an object");
        }
        catch (JsonException exception)
        {
            var argument = exception.Path is { Length: > 2 } path ? path[2..] : "the arguments";
            throw new ToolRefusal($"invalid value for '{argument}': expected {Expected(argument)}");
        }
    }

    private string Expected(string argument) =>
        _arguments.Properties.FirstOrDefault(p => p.Name == argument)?.PropertyType switch
        {
            { } type when type == typeof(bool) || type == typeof(bool?) => "true or false",
            { } type when type == typeof(string) => "a string",
            _ => "a value of the type its schema gives",
        };

    // A message may quote what the agent sent (a path, a rule, an exception's text): a secret in it is shown as <REDACTED>.
    private static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = PlanTextRedaction.Of(message).Redact(message.TrimEnd('.') + ".") }],
    };
}
