using ExecPlan.Cli.Lsp.Protocol;

namespace ExecPlan.Cli.Lsp;

/// <summary>
/// The named arguments of the messages the server sends, with LSP's camelCase names and their declared types (StreamJsonRpc serializes
/// each with the source-generated context, without reflecting over the message).
/// </summary>
internal static class Arguments
{
    /// <summary>The declared types of `textDocument/publishDiagnostics`.</summary>
    public static IReadOnlyDictionary<string, Type> PublishDiagnostics { get; } = new Dictionary<string, Type>
    {
        ["uri"] = typeof(string),
        ["version"] = typeof(int?),
        ["diagnostics"] = typeof(LspDiagnostic[]),
    };

    /// <summary>The declared types of `client/registerCapability`.</summary>
    public static IReadOnlyDictionary<string, Type> Registration { get; } = new Dictionary<string, Type>
    {
        ["registrations"] = typeof(Registration[]),
    };

    /// <summary>The arguments of a publication (a version only for an open document).</summary>
    public static IReadOnlyDictionary<string, object?> Of(PublishDiagnosticsParams message)
    {
        var arguments = new Dictionary<string, object?> { ["uri"] = message.Uri, ["diagnostics"] = message.Diagnostics };
        if (message.Version is { } version)
        {
            arguments["version"] = version;
        }

        return arguments;
    }

    /// <summary>The arguments of a registration.</summary>
    public static IReadOnlyDictionary<string, object?> Of(RegistrationParams message) =>
        new Dictionary<string, object?> { ["registrations"] = message.Registrations };
}
