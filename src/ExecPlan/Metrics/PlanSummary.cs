namespace ExecPlan.Metrics;

/// <summary>What a status board shows of one plan: who and where it stands, what comes next, and its metrics.</summary>
/// <param name="Id">The front matter's id, or null.</param>
/// <param name="Title">The first H1's text, or null.</param>
/// <param name="Status">The status (`IN_PROGRESS`, ...): the front matter's, else derived from Progress; null when neither says.</param>
/// <param name="StatusDerived">Whether <paramref name="Status"/> was derived from Progress (a format without a status field).</param>
/// <param name="Owner">The front matter's owner, or null.</param>
/// <param name="Updated">The front matter's last update, or null.</param>
/// <param name="ProgressDone">Checked Progress items.</param>
/// <param name="ProgressTotal">All Progress checklist items.</param>
/// <param name="NextAction">The `Next Action:` line of Progress, else the first open item; null when there is neither.</param>
/// <param name="Metrics">The evaluation metrics.</param>
public sealed record PlanSummary(
    string? Id,
    string? Title,
    string? Status,
    bool StatusDerived,
    string? Owner,
    DateTimeOffset? Updated,
    int ProgressDone,
    int ProgressTotal,
    string? NextAction,
    PlanMetrics Metrics)
{
    /// <summary>The summary with every text the plan's author wrote passed through <paramref name="redact"/> (secrets never leave the engine).</summary>
    public PlanSummary Redacted(Func<string, string> redact)
    {
        ArgumentNullException.ThrowIfNull(redact);
        return this with
        {
            Id = Id is null ? null : redact(Id),
            Title = Title is null ? null : redact(Title),
            Status = Status is null ? null : redact(Status),
            Owner = Owner is null ? null : redact(Owner),
            NextAction = NextAction is null ? null : redact(NextAction),
        };
    }
}
