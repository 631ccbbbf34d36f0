using System.Collections.Immutable;
using ExecPlan.Diagnostics;

namespace ExecPlan.Cli.Lsp;

/// <summary>What the last lint found in an open document, and the version of the text it linted.</summary>
/// <param name="Document">The document as it was linted.</param>
/// <param name="Findings">Its active findings, with their fixes.</param>
internal sealed record LintedDocument(OpenDocument Document, ImmutableArray<Diagnostic> Findings);
