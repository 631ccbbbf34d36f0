using ExecPlan.Board;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Metrics;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Evidence;

/// <summary>
/// A plan whose evaluation metric misses a threshold the configuration's `metrics:` sets (nothing without one). Each finding
/// stands where a reader would fix it: the first unbacked URL, the acceptance section, the decisions, Progress.
/// </summary>
[ImplementsRule(RuleIds.MetricBelowTarget)]
internal sealed class MetricTargetRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var thresholds = context.Config.Metrics;
        if (thresholds == MetricThresholds.None)
        {
            return;
        }

        var summary = PlanSummaries.Of(context);
        var metrics = summary.Metrics;
        var document = context.Document;
        var rule = RuleCatalog.MetricBelowTarget;
        if (thresholds.ExternalDependencies is { } most && metrics.ExternalDependencies > most)
        {
            var (offset, url) = SelfContainment.ExternalUrlRule.Unbacked(document).First();
            context.Report(rule, document.SpanOf(offset, offset + url.Length), "External Dependency Count", BoardText.Number(metrics.ExternalDependencies), "≤ " + BoardText.Number(most));
        }

        if (thresholds.AcceptanceVerifiability is { } acceptance && metrics.AcceptanceVerifiability < acceptance - 1e-9)
        {
            var value = BoardText.Ratio(metrics.VerifiableCriteria, metrics.AcceptanceCriteria, metrics.AcceptanceVerifiability);
            context.Report(rule, HeadingOf(context, SchemaRoles.Acceptance), "Acceptance Verifiability", value, "≥ " + BoardText.Percent(acceptance));
        }

        if (thresholds.EvidenceCoverage is { } coverage && metrics.EvidenceCoverage < coverage - 1e-9)
        {
            var value = BoardText.Ratio(metrics.ClaimsWithEvidence, metrics.Claims, metrics.EvidenceCoverage);
            context.Report(rule, HeadingOf(context, SchemaRoles.Decisions, SchemaRoles.Surprises), "Evidence Coverage", value, "≥ " + BoardText.Percent(coverage));
        }

        // Freshness is a target during active execution only: a finished or waiting plan is not expected to move.
        if (thresholds.LivingFreshness is { } freshness && summary.Status == StatusNames.InProgress && metrics.LivingFreshness > freshness)
        {
            context.Report(rule, HeadingOf(context, SchemaRoles.Progress), "Living Freshness", BoardText.Age(metrics.LivingFreshness.Value), "≤ " + BoardText.Age(freshness));
        }
    }

    // The heading of the first section of the first role the plan has, else the file start.
    private static SourceSpan HeadingOf(PlanContext context, params string[] roles) =>
        roles.SelectMany(context.Document.SectionsIn).Select(s => s.Heading.Span).FirstOrDefault(SourceSpan.FileStart);
}
