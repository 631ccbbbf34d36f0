using System.Collections.Immutable;
using System.Reflection;
using ExecPlan.Diagnostics;
using ExecPlan.Fixes;
using ExecPlan.Rules.Suppressions;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Engine;

/// <summary>Runs every plan rule over a context; a rule that throws becomes EXP0004 and the others still run.</summary>
[ImplementsRule(RuleIds.RuleFailure)]
[ImplementsRule(RuleIds.TooManyFindings)]
internal static class RuleRunner
{
    /// <summary>Runs the rules (by default those its schema registers), applies suppressions, and returns the findings sorted by position.</summary>
    public static ImmutableArray<Diagnostic> Run(PlanContext context, IEnumerable<PlanRule>? rules = null, CancellationToken cancellationToken = default)
    {
        var problems = new List<Diagnostic>();
        var suppressions = SuppressionMap.Read(context.Document, problems);
        context.IsSuppressed = (id, line) => suppressions.Find(id, line) is not null;
        foreach (var problem in problems)
        {
            context.Add(problem);
        }

        // A file that is most likely not a plan gets one finding that says so (EXP0215), not one per section it lacks: only the
        // rules that check any file run over it. Turned off or suppressed, it is linted as a plan.
        context.IsNotAPlan = !context.Config.ReadAsPlan
            && Structure.NotAPlan.Is(context.Document)
            && context.Config.SeverityOf(RuleCatalog.NotAPlan) != Severity.Off
            && suppressions.Find(RuleIds.NotAPlan, context.Document.Sections[0].Heading.Span.Line) is null;
        foreach (var rule in rules ?? context.Schema.Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (context.IsNotAPlan && !rule.ChecksAnyFile)
            {
                continue;
            }

            try
            {
                rule.Check(context);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.Report(RuleCatalog.RuleFailure, SourceSpan.FileStart, NameOf(rule), e.GetType().Name);
            }
        }

        // Secrets never leave the engine: every message and suppression reason is redacted, whatever rule wrote it, and a fix
        // that would edit or write a secret is dropped.
        var redaction = context.Redaction.With(context.Config.Redaction).With(context.Repository.Redaction);
        var findings = new List<Diagnostic>(context.Diagnostics.Count);
        var documentFixes = new Dictionary<string, PlanFix?>(StringComparer.Ordinal);
        foreach (var finding in context.Diagnostics)
        {
            findings.Add(redaction.Apply(Suppress(WithFixes(context, finding, documentFixes), finding, suppressions)));
        }

        // The summary of a rule's unlisted findings stands unless every one of them is suppressed (then it is suppressed as
        // the first of them is): a suppressed run of findings must not hide an active one counted with it.
        foreach (var (summary, firstUnlisted) in context.Unlisted())
        {
            var rule = firstUnlisted.Id;
            findings.Add(redaction.Apply(context.HasActiveUnlisted(rule) ? summary : Suppress(summary, firstUnlisted, suppressions)));
        }

        return Sort(findings);
    }

    // The rule's own fix, the whole-document fixer's (computed once per rule and plan), none that touches a secret where it stands.
    private static Diagnostic WithFixes(PlanContext context, Diagnostic finding, Dictionary<string, PlanFix?> documentFixes)
    {
        var fixes = finding.Fixes;
        if (DocumentFixers.For(finding.Id) is { } fixer)
        {
            if (!documentFixes.TryGetValue(finding.Id, out var fix))
            {
                documentFixes[finding.Id] = fix = DocumentFix(fixer, context);
            }

            fixes = fix is null ? fixes : fixes.Add(fix);
        }

        if (fixes.IsDefaultOrEmpty)
        {
            return finding;
        }

        var secrets = context.Secrets;
        var kept = secrets.Count == 0 ? fixes : fixes.RemoveAll(f => f.Edits.Any(e => secrets.Any(s => Touches(e, s))));
        return kept == finding.Fixes ? finding : finding with { Fixes = kept };
    }

    // An edit touches a secret when it replaces a character of it or inserts inside it.
    private static bool Touches(TextEdit edit, global::ExecPlan.Secrets.SecretMatch secret) =>
        edit.Length > 0 ? edit.Offset < secret.End && secret.Offset < edit.End : secret.Offset < edit.Offset && edit.Offset < secret.End;

    // A fixer that throws offers no fix; the finding stands as the rule reported it.
    private static PlanFix? DocumentFix(DocumentFixer fixer, PlanContext context)
    {
        try
        {
            return fixer.Fix(context);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return null;
        }
    }

    private static Diagnostic Suppress(Diagnostic finding, Diagnostic asIf, SuppressionMap suppressions) =>
        asIf.Id != RuleIds.InvalidSuppression && suppressions.Find(asIf) is { } suppression ? finding with { Suppression = suppression } : finding;

    /// <summary>Sorts findings by line, column, rule ID and message; equal findings keep their order.</summary>
    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
    {
        var sorted = diagnostics.Select((d, i) => (Diagnostic: d, Index: i)).ToArray();
        Array.Sort(sorted, static (a, b) =>
        {
            var order = a.Diagnostic.Span.Line.CompareTo(b.Diagnostic.Span.Line);
            order = order != 0 ? order : a.Diagnostic.Span.Column.CompareTo(b.Diagnostic.Span.Column);
            order = order != 0 ? order : string.CompareOrdinal(a.Diagnostic.Id, b.Diagnostic.Id);
            order = order != 0 ? order : string.CompareOrdinal(a.Diagnostic.Message, b.Diagnostic.Message);
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });
        return [.. sorted.Select(s => s.Diagnostic)];
    }

    private static string NameOf(PlanRule rule)
    {
        var ids = rule.GetType().GetCustomAttributes<ImplementsRuleAttribute>().Select(a => a.RuleId).ToList();
        return ids.Count > 0 ? string.Join('/', ids) : rule.GetType().Name;
    }
}
