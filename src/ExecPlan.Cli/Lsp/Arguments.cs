using ExecPlan.Cli.Lsp.Protocol;

namespace ExecPlan.Cli.Lsp;

/// <summary>
/// The named arguments of the messages the server sends, with LSP's camelCase names and their declared types (StreamJsonRpc serializes
/// each with the source-generated context, without reflecting over the message).
/// </summary>
internal static class Arguments
{
    // The declared types of `textDocument/publishDiagnostics`, with and without a version: StreamJsonRpc wants one per argument.
    private static readonly Dictionary<string, Type> Versioned = new()
    {
        ["uri"] = typeof(string),
        ["version"] = typeof(int?),
        ["diagnostics"] = typeof(LspDiagnostic[]),
    };

    private static readonly Dictionary<string, Type> Unversioned = new()
    {
        ["uri"] = typeof(string),
        ["diagnostics"] = typeof(LspDiagnostic[]),
    };

    /// <summary>The declared types of `client/registerCapability`.</summary>
    public static IReadOnlyDictionary<string, Type> Registration { get; } = new Dictionary<string, Type>
    {
        ["registrations"] = typeof(Registration[]),
    };

    /// <summary>The declared types of a publication's arguments (<see cref="Of(PublishDiagnosticsParams)"/>), one per argument.</summary>
    public static IReadOnlyDictionary<string, Type> TypesOf(PublishDiagnosticsParams message) => message.Version is null ? Unversioned : Versioned;

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
