namespace ExecPlan.Configuration;

/// <summary>
/// The `metrics:` thresholds of `.execplan.yaml`: each one set turns a plan's metric that misses it into a finding (EXP0508)
/// and is the status board's target for that metric (the spec's target otherwise). Null: not set.
/// </summary>
/// <param name="ExternalDependencies">`external_dependencies`: the most external URLs without a snapshot.</param>
/// <param name="AcceptanceVerifiability">`acceptance_verifiability`: the least share of verifiable acceptance criteria, 0 to 1.</param>
/// <param name="EvidenceCoverage">`evidence_coverage`: the least share of decisions and discoveries with evidence, 0 to 1.</param>
/// <param name="LivingFreshness">`living_freshness`: the longest time since the last living update of a plan in progress (an age: 15m).</param>
public sealed record MetricThresholds(int? ExternalDependencies = null, double? AcceptanceVerifiability = null, double? EvidenceCoverage = null, TimeSpan? LivingFreshness = null)
{
    /// <summary>No threshold set.</summary>
    public static MetricThresholds None { get; } = new();
}
