using System.Runtime.CompilerServices;
using System.Text;
using ExecPlan.Cli.Lsp.Protocol;
using ExecPlan.Fixes;
using ExecPlan.Linting;
using Range = ExecPlan.Cli.Lsp.Protocol.Range;
using TextEdit = ExecPlan.Cli.Lsp.Protocol.TextEdit;

namespace ExecPlan.Cli.Lsp;

/// <summary>The engine's fixes as code actions: one quick fix per fix of a finding in the range, and "fix all safe problems" for the file.</summary>
internal static class FixActions
{
    /// <summary>The kind of the quick fixes.</summary>
    public const string QuickFix = "quickfix";

    /// <summary>The kind of the action that applies every safe fix of the file (what editors run on save with `source.fixAll`).</summary>
    public const string FixAll = "source.fixAll.execplan";

    /// <summary>The code actions for <paramref name="range"/> of a linted document, of the kinds <paramref name="only"/> asks for (null: all).</summary>
    public static CodeAction[] For(LintedDocument linted, Range range, string[]? only, TimeProvider clock, CancellationToken cancellationToken)
    {
        var document = linted.Document;
        var actions = new List<CodeAction>();
        if (Wanted(QuickFix, only))
        {
            foreach (var finding in linted.Findings)
            {
                var diagnostic = LspDiagnostics.Of(finding, document);
                if (!LspRanges.Touch(diagnostic.Range, range))
                {
                    continue;
                }

                foreach (var fix in finding.Fixes)
                {
                    var title = fix.Safety == FixSafety.Safe ? fix.Title : $"{fix.Title} (unsafe: review the text it adds)";
                    var edits = fix.Edits.Select(e => new TextEdit(LspRanges.OfEdit(e.Span, document), e.NewText)).ToArray();
                    actions.Add(new CodeAction(title, QuickFix, [diagnostic], fix.Safety == FixSafety.Safe && finding.Fixes.Length == 1, Edit(document, edits)));
                }
            }
        }

        if (Wanted(FixAll, only) && document.Path is not null && linted.Findings.Any(f => f.Fixes.Any(x => x.Safety == FixSafety.Safe))
            && FixAllEdit(document, clock, cancellationToken) is { } edit)
        {
            actions.Add(new CodeAction("Fix all safe problems in this file", FixAll, null, null, Edit(document, [edit])));
        }

        return [.. actions];
    }

    // LSP kinds are dotted hierarchies: asking for `source` (or `source.fixAll`) includes `source.fixAll.execplan`.
    private static bool Wanted(string kind, string[]? only) =>
        only is null || only.Length == 0 || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

    private static WorkspaceEdit Edit(OpenDocument document, TextEdit[] edits) => new(new Dictionary<string, TextEdit[]> { [document.Uri] = edits });

    // Editors ask for code actions at every move of the cursor: the fix run is done once per version of a document (a change
    // makes a new OpenDocument, and the old one's entry goes with it).
    private static readonly ConditionalWeakTable<OpenDocument, TextEdit?> FixAllEdits = [];

    private static TextEdit? FixAllEdit(OpenDocument document, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (FixAllEdits.TryGetValue(document, out var known))
        {
            return known;
        }

        var edit = FixedText(document, clock, cancellationToken) is { } fixedText ? Difference(document, fixedText) : null;
        FixAllEdits.AddOrUpdate(document, edit);
        return edit;
    }

    // The engine's fix run over the unsaved text, in memory: every safe fix, pass after pass, as `execplan fix` would apply them.
    private static string? FixedText(OpenDocument document, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(document.Text));
        var settings = new LintSettings
        {
            WorkingDirectory = Path.GetDirectoryName(document.Path!)!,
            Clock = clock,
            Input = new PlanInput(document.Path!, content),
        };
        string? after = null;
        new PlanFixer(settings, new FixOptions { DryRun = true }).Fix([document.Path!], file => after = file.Outcome == FixOutcome.WouldFix ? file.After : null, cancellationToken: cancellationToken);
        return after;
    }

    // One edit over the part that differs (the common start and end kept), so the editor keeps its cursor and folds elsewhere.
    private static TextEdit? Difference(OpenDocument document, string after)
    {
        var before = document.PlanText;
        var prefix = before.AsSpan().CommonPrefixLength(after);
        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        if (prefix == before.Length && prefix == after.Length)
        {
            return null;
        }

        // Never split a CRLF or a surrogate pair between the kept and the replaced text.
        while (prefix > 0 && (char.IsHighSurrogate(before[prefix - 1]) || before[prefix - 1] == '\r'))
        {
            prefix--;
        }

        while (suffix > 0 && (char.IsLowSurrogate(before[^suffix]) || before[^suffix] == '\n'))
        {
            suffix--;
        }

        var range = new Range(LspRanges.PositionOf(prefix, document), LspRanges.PositionOf(before.Length - suffix, document));
        return new TextEdit(range, after[prefix..(after.Length - suffix)]);
    }
}
