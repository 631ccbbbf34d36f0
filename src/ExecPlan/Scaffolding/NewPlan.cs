using ExecPlan.Schema;

namespace ExecPlan.Scaffolding;

/// <summary>What a new plan is started with: its title, level and when it was made, and the id, owner and profile a format with front matter asks for.</summary>
/// <param name="Id">The plan's stable id (front matter `id`, and the file name's slug), or null; a format without an id field names the file from the title when null.</param>
/// <param name="Title">The task name after the title's prefix.</param>
/// <param name="Owner">The human or agent id that owns the plan (front matter `owner`, or the first decision's author), or null.</param>
/// <param name="Level">The conformance level whose sections the plan holds.</param>
/// <param name="Profile">The formatting profile (front matter `profile`), or null for the template's.</param>
/// <param name="Created">When the plan is made: its `created`, `updated` and first entries' timestamps.</param>
public sealed record NewPlan(string? Id, string Title, string? Owner, PlanLevel Level, string? Profile, DateTimeOffset Created)
{
    /// <summary>Whether the multi-agent add-on's sections are spliced in (a format without an add-on has none to splice).</summary>
    public bool MultiAgent { get; init; }
}
