using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ExecPlan.Cli.Lsp;

/// <summary>The JSON-RPC connection of the server: StreamJsonRpc, whose errors say what failed and never carry a stack trace.</summary>
/// <param name="handler">The message handler (LSP's Content-Length framing over standard input and output).</param>
internal sealed class LspConnection(IJsonRpcMessageHandler handler) : JsonRpc(handler)
{
    /// <inheritdoc/>
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var (code, message) = exception switch
        {
            LocalRpcException local => ((JsonRpcErrorCode)local.ErrorCode, local.Message),
            OperationCanceledException => (JsonRpcErrorCode.RequestCanceled, "the request was cancelled"),
            ArgumentException or NullReferenceException or FormatException => (JsonRpcErrorCode.InvalidParams, $"the request's parameters are missing or malformed ({exception.GetType().Name})"),
            _ => (JsonRpcErrorCode.InternalError, $"execplan could not answer: {exception.GetType().Name}"),
        };
        return new JsonRpcError.ErrorDetail { Code = code, Message = message };
    }
}
