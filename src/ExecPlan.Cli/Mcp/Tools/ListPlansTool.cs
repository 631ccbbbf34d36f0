using System.ComponentModel;
using ExecPlan.Board;
using ExecPlan.Linting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ExecPlan.Cli.Mcp.Tools;

/// <summary>`list_plans`: the repository's plans with their status, owner, last update and next action, as `execplan status` shows them.</summary>
internal static class ListPlansTool
{
    public const string Name = "list_plans";

    private const string Description = """
        List the repository's ExecPlans with each one's id, title, status, owner, last update, progress, Next Action,
        whether it is stale and how many lint errors it has. Call it at the start of a session to find the plan you are to
        continue (or see that none exists yet), and to check what other agents are working on. Optional 'path' limits the
        search to a folder under the repository root.
        """;

    /// <summary>The tool over <paramref name="context"/>.</summary>
    public static McpServerTool Create(ServerContext context) => new PlanTool<ListPlansArguments, PlanList>(
        new Tool { Name = Name, Description = Description, Annotations = new ToolAnnotations { ReadOnlyHint = true, IdempotentHint = true, OpenWorldHint = false } },
        McpJson.Default.ListPlansArguments,
        McpJson.Default.PlanList,
        (arguments, cancellationToken) => Run(arguments, context, cancellationToken));

    private static PlanList Run(ListPlansArguments arguments, ServerContext context, CancellationToken cancellationToken)
    {
        var folder = RepositoryPath.Resolve(context.Root, arguments.Path ?? ".", "path");
        if (!Directory.Exists(folder))
        {
            throw new ToolRefusal($"'{arguments.Path}' is not a folder under the repository root");
        }

        var (board, _) = StatusBoard.Collect(new PlanLinter(context.Settings()), [folder], cancellationToken);
        return new PlanList([.. board.Plans.Select(p => new ListedPlan(
            p.Path,
            p.Schema,
            p.Summary.Id,
            p.Summary.Title,
            p.Summary.Status,
            p.Summary.Owner,
            p.Summary.Updated,
            p.Summary.NextAction,
            p.Summary.ProgressDone,
            p.Summary.ProgressTotal,
            p.Stale,
            p.Errors,
            p.Warnings))]);
    }
}

/// <summary>The arguments of `list_plans`.</summary>
internal sealed record ListPlansArguments
{
    /// <summary>The folder to search, or null for the whole repository.</summary>
    [Description("Optional: a folder relative to the repository root to search (default: the whole repository).")]
    public string? Path { get; init; }
}

/// <summary>The result of `list_plans`.</summary>
/// <param name="Plans">One entry per plan, in path order.</param>
internal sealed record PlanList(IReadOnlyList<ListedPlan> Plans);

/// <summary>One plan of `list_plans` (its author's text redacted by the engine).</summary>
/// <param name="Path">The plan, relative to the repository root.</param>
/// <param name="Schema">Its format.</param>
/// <param name="Id">Its front matter's id, or null.</param>
/// <param name="Title">Its title, or null.</param>
/// <param name="Status">DRAFT, IN_PROGRESS, BLOCKED, DONE or ABANDONED, or null when it says none.</param>
/// <param name="Owner">Its owner, or null.</param>
/// <param name="Updated">Its front matter's last update, or null.</param>
/// <param name="NextAction">Its Next Action (else the first open Progress item), or null.</param>
/// <param name="ProgressDone">Checked Progress items.</param>
/// <param name="ProgressTotal">All Progress items.</param>
/// <param name="Stale">Whether it is in progress and has not been updated for longer than the repository allows.</param>
/// <param name="Errors">Its active lint errors.</param>
/// <param name="Warnings">Its active lint warnings.</param>
internal sealed record ListedPlan(string Path, string Schema, string? Id, string? Title, string? Status, string? Owner, DateTimeOffset? Updated, string? NextAction, int ProgressDone, int ProgressTotal, bool Stale, int Errors, int Warnings);
