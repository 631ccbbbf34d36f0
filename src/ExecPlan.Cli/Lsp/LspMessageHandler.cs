using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ExecPlan.Cli.Lsp;

/// <summary>
/// LSP's framing (StreamJsonRpc's Content-Length headers) that survives a malformed message: a body that is not a JSON-RPC message is
/// answered with a parse error (-32700, id null, as JSON-RPC asks) and the next message is read. A malformed header still ends the
/// connection: after it, where the next message starts cannot be known.
/// </summary>
/// <param name="output">Where messages are written.</param>
/// <param name="input">Where messages are read.</param>
/// <param name="formatter">The JSON formatter.</param>
internal sealed class LspMessageHandler(Stream output, Stream input, SystemTextJsonFormatter formatter) : HeaderDelimitedMessageHandler(output, input, formatter)
{
    /// <inheritdoc/>
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsMalformedBody(exception))
            {
                var error = ((IJsonRpcMessageFactory)formatter).CreateErrorMessage();
                error.RequestId = RequestId.Null;
                error.Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = $"the message is not a JSON-RPC message ({exception.GetType().Name})" };
                await WriteAsync(error, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsMalformedBody(Exception exception) =>
        exception is not (OperationCanceledException or BadRpcHeaderException or EndOfStreamException or IOException or ObjectDisposedException or InvalidOperationException or OutOfMemoryException);
}
