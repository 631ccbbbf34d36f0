using System.Collections.Immutable;
using System.Reflection;
using ExecPlan.Diagnostics;
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

        foreach (var rule in rules ?? context.Schema.Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                rule.Check(context);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.Report(RuleCatalog.RuleFailure, SourceSpan.FileStart, NameOf(rule), e.GetType().Name);
            }
        }

        // Secrets never leave the engine: every message, fix and suppression reason is redacted, whatever rule wrote it.
        var redaction = context.Redaction.With(context.Config.Redaction).With(context.Repository.Redaction);
        var findings = new List<Diagnostic>(context.Diagnostics.Count);
        foreach (var finding in context.Diagnostics)
        {
            findings.Add(redaction.Apply(Suppress(finding, finding, suppressions)));
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
