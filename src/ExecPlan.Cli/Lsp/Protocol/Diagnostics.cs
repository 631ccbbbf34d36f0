namespace ExecPlan.Cli.Lsp.Protocol;

/// <summary>A finding as LSP shows it.</summary>
/// <param name="Range">Where it is.</param>
/// <param name="Severity">1 error, 2 warning, 3 information, 4 hint.</param>
/// <param name="Code">The rule ID.</param>
/// <param name="CodeDescription">Where the rule's help is.</param>
/// <param name="Source">execplan.</param>
/// <param name="Message">The message.</param>
internal sealed record LspDiagnostic(Range Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message);

/// <summary>A link to a rule's help.</summary>
/// <param name="Href">The URI.</param>
internal sealed record CodeDescription(string Href);

/// <summary>`textDocument/publishDiagnostics`.</summary>
/// <param name="Uri">The document.</param>
/// <param name="Version">The version the findings are of, when it is an open document.</param>
/// <param name="Diagnostics">Every finding of the document (empty clears them).</param>
internal sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);
