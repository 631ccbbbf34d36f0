using System.Collections.Immutable;

namespace ExecPlan.Board;

/// <summary>One evaluation metric of a plan as the board shows it: its name, its value with the counts behind it, its target and whether it meets it.</summary>
/// <param name="Name">The spec's name of the metric.</param>
/// <param name="Value">The value with its counts (`3/4 (75%)`), `none` when there is nothing to count.</param>
/// <param name="Target">The target (`≥ 100%`, `≤ 0`, `≤ 15m`).</param>
/// <param name="Met">Whether the value meets the target; null when it does not apply (nothing to count, a plan not in progress for freshness).</param>
public sealed record BoardMetric(string Name, string Value, string Target, bool? Met)
{
    /// <summary>The metrics' names, in the spec's order.</summary>
    public static ImmutableArray<string> Names { get; } = ["External Dependency Count", "Acceptance Verifiability", "Living Freshness", "Evidence Coverage"];

    /// <summary>The targets of <paramref name="board"/> as text, in the order of <see cref="Names"/>.</summary>
    public static ImmutableArray<string> Targets(StatusBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var targets = board.Targets;
        return
        [
            "≤ " + BoardText.Number(targets.ExternalDependencies),
            "≥ " + BoardText.Percent(targets.AcceptanceVerifiability),
            "≤ " + BoardText.Age(targets.LivingFreshness),
            "≥ " + BoardText.Percent(targets.EvidenceCoverage),
        ];
    }

    /// <summary>The four metrics of <paramref name="plan"/> against the targets of <paramref name="board"/>, in the spec's order.</summary>
    public static ImmutableArray<BoardMetric> Of(StatusBoard board, BoardPlan plan)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(plan);
        var (metrics, targets, text) = (plan.Summary.Metrics, board.Targets, Targets(board));
        return
        [
            new(Names[0], BoardText.Number(metrics.ExternalDependencies), text[0], targets.MeetsExternalDependencies(metrics)),
            new(Names[1], BoardText.Ratio(metrics.VerifiableCriteria, metrics.AcceptanceCriteria, metrics.AcceptanceVerifiability), text[1], targets.MeetsAcceptanceVerifiability(metrics)),
            new(Names[2], metrics.LivingFreshness is { } age ? BoardText.Age(age) : "none", text[2], plan.Active ? targets.MeetsLivingFreshness(metrics) : null),
            new(Names[3], BoardText.Ratio(metrics.ClaimsWithEvidence, metrics.Claims, metrics.EvidenceCoverage), text[3], targets.MeetsEvidenceCoverage(metrics)),
        ];
    }
}
