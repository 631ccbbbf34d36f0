using ExecPlan.Schema.Generated;

namespace ExecPlan.Board;

/// <summary>The plan statuses as the board counts them: the schema's, in its order, then any other a plan writes, then none.</summary>
internal static class StatusNames
{
    /// <summary>The status the board shows for a plan that states none.</summary>
    public const string None = "(none)";

    /// <summary>`IN_PROGRESS`.</summary>
    public static readonly string InProgress = PlanStatus.InProgress.ToText();

    /// <summary>`BLOCKED`.</summary>
    public static readonly string Blocked = PlanStatus.Blocked.ToText();

    /// <summary>The schema's statuses in schema order.</summary>
    public static IReadOnlyList<string> Known => PlanStatusValues.All;
}
