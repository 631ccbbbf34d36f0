using System.Collections.Immutable;
using System.Reflection;
using ExecPlan.Diagnostics;
using ExecPlan.Rules.Suppressions;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Engine;

/// <summary>Runs every plan rule over a context; a rule that throws becomes EXP0004 and the others still run.</summary>
[ImplementsRule(RuleIds.RuleFailure)]
internal static class RuleRunner
{
    /// <summary>Every <see cref="PlanRule"/> in the engine, found once, in a stable order.</summary>
    public static ImmutableArray<PlanRule> Rules { get; } = [.. typeof(PlanRule).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(PlanRule)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (PlanRule)Activator.CreateInstance(t)!)];

    /// <summary>Runs the rules, applies suppressions, and returns the findings sorted by position.</summary>
    public static ImmutableArray<Diagnostic> Run(PlanContext context, IEnumerable<PlanRule>? rules = null, CancellationToken cancellationToken = default)
    {
        var problems = new List<Diagnostic>();
        var suppressions = SuppressionMap.Read(context.Document, problems);
        foreach (var problem in problems)
        {
            context.Add(problem);
        }

        foreach (var rule in rules ?? Rules)
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

        // Secrets never leave the engine: every message and fix is redacted against them, whatever rule wrote it.
        var secrets = context.Secrets;
        return Sort(context.Diagnostics
            .Select(d => d.Id == RuleIds.InvalidSuppression ? d : d with { Suppression = suppressions.Find(d) })
            .Select(d => Secrets.SecretRedaction.Apply(d, context.Document.Text, secrets)));
    }

    /// <summary>Sorts findings by line, column and rule ID.</summary>
    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics
            .OrderBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];

    private static string NameOf(PlanRule rule)
    {
        var ids = rule.GetType().GetCustomAttributes<ImplementsRuleAttribute>().Select(a => a.RuleId).ToList();
        return ids.Count > 0 ? string.Join('/', ids) : rule.GetType().Name;
    }
}
