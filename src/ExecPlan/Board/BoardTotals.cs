using System.Collections.Immutable;

namespace ExecPlan.Board;

/// <summary>The repository's totals: plans per status, stale and blocked plans, and the metrics over every plan that has them.</summary>
/// <param name="Plans">How many plans the board shows.</param>
/// <param name="ByStatus">Plans per status: the schema's statuses in order (zero counts included), then others as written.</param>
/// <param name="Stale">Plans in progress and older than the stale age.</param>
/// <param name="Blocked">Plans whose status is BLOCKED.</param>
/// <param name="ExternalDependencies">External dependencies over all plans.</param>
/// <param name="MeanAcceptanceVerifiability">The mean of the plans' acceptance verifiability ratios, or null when no plan has one.</param>
/// <param name="MeanEvidenceCoverage">The mean of the plans' evidence coverage ratios, or null when no plan has one.</param>
/// <param name="BelowTarget">Plans with at least one metric that misses its target.</param>
public sealed record BoardTotals(
    int Plans,
    ImmutableArray<KeyValuePair<string, int>> ByStatus,
    int Stale,
    int Blocked,
    int ExternalDependencies,
    double? MeanAcceptanceVerifiability,
    double? MeanEvidenceCoverage,
    int BelowTarget);
