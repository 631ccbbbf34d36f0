namespace ExecPlan.Metrics;

/// <summary>
/// The evaluation metrics of one plan (the format's Evaluation section), with the raw counts behind each ratio so that a report
/// can say "3 of 4", not only "75%".
/// </summary>
/// <param name="ExternalDependencies">External URLs of the body that no Research Snapshot backs, outside code and the trailing See Also and References sections (target 0; what EXP0601 reports, uncapped).</param>
/// <param name="AcceptanceCriteria">The acceptance criteria written as entries.</param>
/// <param name="VerifiableCriteria">Those with every field their kind declares (a command to run and the output to expect).</param>
/// <param name="Claims">The decisions and discoveries written as entries.</param>
/// <param name="ClaimsWithEvidence">Those with an evidence field that is not empty.</param>
/// <param name="LastLivingUpdate">The newest valid timestamp in the living sections (Progress, Surprises, Decision Log), or null.</param>
/// <param name="LivingFreshness">How long before the lint the newest living update was, or null without one.</param>
public sealed record PlanMetrics(
    int ExternalDependencies,
    int AcceptanceCriteria,
    int VerifiableCriteria,
    int Claims,
    int ClaimsWithEvidence,
    DateTimeOffset? LastLivingUpdate,
    TimeSpan? LivingFreshness)
{
    /// <summary>The target of <see cref="LivingFreshness"/> while work is in progress.</summary>
    public static readonly TimeSpan FreshnessTarget = TimeSpan.FromMinutes(15);

    /// <summary>Verifiable criteria over all criteria (target 1), or null when the plan writes none as entries.</summary>
    public double? AcceptanceVerifiability => AcceptanceCriteria == 0 ? null : (double)VerifiableCriteria / AcceptanceCriteria;

    /// <summary>Decisions and discoveries with evidence over all of them, or null when the plan has none.</summary>
    public double? EvidenceCoverage => Claims == 0 ? null : (double)ClaimsWithEvidence / Claims;
}
