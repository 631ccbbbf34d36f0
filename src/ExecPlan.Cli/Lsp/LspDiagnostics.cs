using ExecPlan.Cli.Lsp.Protocol;
using ExecPlan.Diagnostics;
using ExecPlan.Output;
using ExecPlan.Schema;

namespace ExecPlan.Cli.Lsp;

/// <summary>The engine's findings as LSP diagnostics: rule ID as the code, the rule's help as its description, severities mapped.</summary>
internal static class LspDiagnostics
{
    /// <summary>The `source` every diagnostic carries.</summary>
    public const string Source = ToolInfo.Name;

    /// <summary>One finding; <paramref name="document"/> (when open) clamps its range to the text and widens an empty one to its line.</summary>
    public static LspDiagnostic Of(Diagnostic finding, OpenDocument? document) =>
        new(LspRanges.Of(finding.Span, document), SeverityOf(finding.Severity), finding.Id, new CodeDescription(HelpUri(finding.Rule)), Source, finding.Message);

    /// <summary>Where a rule's help stands: its row of the rule catalogue page.</summary>
    public static string HelpUri(RuleDescriptor rule) => $"{ToolInfo.InformationUri}/blob/main/docs/rules.md#{rule.Id.ToLowerInvariant()}";

    // LSP: 1 error, 2 warning, 3 information, 4 hint.
    private static int SeverityOf(Severity severity) => severity switch
    {
        Severity.Error => 1,
        Severity.Warning => 2,
        _ => 3,
    };
}
