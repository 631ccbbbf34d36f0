namespace ExecPlan.Metrics;

/// <summary>
/// The targets a plan's evaluation metrics are read against: the spec's Evaluation section (no external dependency, every
/// acceptance criterion verifiable, living sections updated within 15 minutes while work is in progress, evidence coverage
/// "high", read as 80%), each replaced by the configuration's `metrics:` threshold when it sets one.
/// </summary>
/// <param name="ExternalDependencies">The most external dependencies a plan should have.</param>
/// <param name="AcceptanceVerifiability">The least acceptance verifiability ratio.</param>
/// <param name="EvidenceCoverage">The least evidence coverage ratio.</param>
/// <param name="LivingFreshness">The longest time since the last living update while the plan is in progress.</param>
public sealed record MetricTargets(int ExternalDependencies, double AcceptanceVerifiability, double EvidenceCoverage, TimeSpan LivingFreshness)
{
    /// <summary>The spec's targets.</summary>
    public static MetricTargets Spec { get; } = new(0, 1.0, 0.8, PlanMetrics.FreshnessTarget);

    /// <summary>The spec's targets, each replaced by the threshold <paramref name="thresholds"/> sets for it.</summary>
    public static MetricTargets Of(Configuration.MetricThresholds? thresholds) => thresholds is null ? Spec : new(
        thresholds.ExternalDependencies ?? Spec.ExternalDependencies,
        thresholds.AcceptanceVerifiability ?? Spec.AcceptanceVerifiability,
        thresholds.EvidenceCoverage ?? Spec.EvidenceCoverage,
        thresholds.LivingFreshness ?? Spec.LivingFreshness);

    /// <summary>Whether <paramref name="metrics"/> meets the external dependency target.</summary>
    public bool MeetsExternalDependencies(PlanMetrics metrics) => metrics?.ExternalDependencies <= ExternalDependencies;

    /// <summary>Whether the acceptance ratio meets its target; null when there is nothing to count.</summary>
    public bool? MeetsAcceptanceVerifiability(PlanMetrics metrics) => metrics?.AcceptanceVerifiability is { } ratio ? ratio >= AcceptanceVerifiability - 1e-9 : null;

    /// <summary>Whether the evidence ratio meets its target; null when there is nothing to count.</summary>
    public bool? MeetsEvidenceCoverage(PlanMetrics metrics) => metrics?.EvidenceCoverage is { } ratio ? ratio >= EvidenceCoverage - 1e-9 : null;

    /// <summary>Whether the living freshness meets its target; null without a living update.</summary>
    public bool? MeetsLivingFreshness(PlanMetrics metrics) => metrics?.LivingFreshness is { } age ? age <= LivingFreshness : null;
}
