using ExecPlan.Board;
using ExecPlan.Linting;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Board;

/// <summary>A repository of plans on disk and the status board of it at <see cref="Linter.Now"/>.</summary>
internal sealed class BoardPlans : IDisposable
{
    /// <summary>A cookbook plan: no front matter, one of two Progress steps done (stamped), one of two claims with evidence.</summary>
    public TempFolder Folder { get; } = TempFolder.WithGit();

    /// <summary>Writes an ExecPlan-format plan under `plans/`.</summary>
    public BoardPlans ExecPlan(string name, string text)
    {
        Folder.Write($"plans/{name}-PLAN.md", text);
        return this;
    }

    /// <summary>Writes a cookbook plan under `cookbook/plans/`, whose folder's configuration chooses that format.</summary>
    public BoardPlans CookbookPlan(string name, string text = Plans.Cookbook)
    {
        Folder.Write("cookbook/.execplan.yaml", "schema: cookbook\n");
        Folder.Write($"cookbook/plans/{name}.md", text);
        return this;
    }

    /// <summary>The board of the whole repository.</summary>
    public StatusBoard Board() => Collect().Board;

    /// <summary>The board and the lint totals of the whole repository.</summary>
    public (StatusBoard Board, LintTotals Totals) Collect() =>
        StatusBoard.Collect(new PlanLinter(new LintSettings { RootDirectory = Folder.Path, WorkingDirectory = Folder.Path, Clock = new FixedClock(Linter.Now) }), [Folder.Path]);

    public void Dispose() => Folder.Dispose();
}
