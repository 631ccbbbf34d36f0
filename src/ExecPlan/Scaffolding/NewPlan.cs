using ExecPlan.Schema;

namespace ExecPlan.Scaffolding;

/// <summary>What a new plan is started with: its front matter's id, owner and profile, its title, its level and when it was made.</summary>
/// <param name="Id">The plan's stable id (front matter `id`, and the file name's slug).</param>
/// <param name="Title">The task name after the title's prefix.</param>
/// <param name="Owner">The human or agent id that owns the plan.</param>
/// <param name="Level">The conformance level whose sections the plan holds.</param>
/// <param name="Profile">The formatting profile (front matter `profile`).</param>
/// <param name="Created">When the plan is made: its `created`, `updated` and first entries' timestamps.</param>
public sealed record NewPlan(string Id, string Title, string Owner, PlanLevel Level, string Profile, DateTimeOffset Created)
{
    /// <summary>Whether the multi-agent add-on's sections are spliced in.</summary>
    public bool MultiAgent { get; init; }
}
