using ExecPlan.Metrics;

namespace ExecPlan.Board;

/// <summary>One plan's row on the status board: where it is, what its summary says, how old it is and what to look at.</summary>
/// <param name="Path">The plan's path, relative to the working directory, with '/'.</param>
/// <param name="Schema">The plan format it was read in.</param>
/// <param name="Summary">Its summary and metrics (author text redacted by the engine).</param>
/// <param name="LastActivity">The newest of its `updated` and its last living update, or null when it writes neither.</param>
/// <param name="Age">How long before the board's time <paramref name="LastActivity"/> was, or null.</param>
/// <param name="Stale">Whether it is in progress and older than the board's stale age.</param>
/// <param name="Errors">Its active lint errors.</param>
/// <param name="Warnings">Its active lint warnings.</param>
public sealed record BoardPlan(string Path, string Schema, PlanSummary Summary, DateTimeOffset? LastActivity, TimeSpan? Age, bool Stale, int Errors, int Warnings)
{
    /// <summary>Whether the plan says it is blocked.</summary>
    public bool Blocked => Summary.Status == StatusNames.Blocked;

    /// <summary>Whether work on the plan is under way (the living freshness target applies only then).</summary>
    public bool Active => Summary.Status == StatusNames.InProgress;

    /// <summary>Checked Progress items over all of them, 0 to 1; null without items.</summary>
    public double? ProgressRatio => Summary.ProgressTotal == 0 ? null : (double)Summary.ProgressDone / Summary.ProgressTotal;
}
