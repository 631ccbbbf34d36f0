using System.ComponentModel;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ExecPlan.Cli.Mcp.Tools;

/// <summary>`lint_plan`: the findings of one plan, from its file or from text, as `execplan lint` of its repository finds them.</summary>
internal static class LintPlanTool
{
    public const string Name = "lint_plan";

    private const string Description = """
        Check one ExecPlan (a Markdown execution plan) against its format and return every finding with its position
        (1-based line, column, endLine, endColumn), its message and the fixes the linter offers (title, safety, edits).
        Call it after every edit of a plan, and before you report a plan as done. Give 'path' (relative to the repository
        root) to check the file as saved, or 'path' and 'text' to check text you have not saved yet as if it were that file
        (its folder's .execplan.yaml applies; nothing is written). The repository's other plans count: an id another plan
        already has is a finding (on the later plan in path order: in runFindings, with its path, when that is the other
        plan). Safe fixes can be applied with fix_plan; explain_rule says what a rule wants.
        """;

    /// <summary>The tool over <paramref name="context"/>.</summary>
    public static McpServerTool Create(ServerContext context) => new PlanTool<LintPlanArguments, LintPlanResult>(
        new Tool { Name = Name, Description = Description, Annotations = new ToolAnnotations { ReadOnlyHint = true, IdempotentHint = true, OpenWorldHint = false } },
        McpJson.Default.LintPlanArguments,
        McpJson.Default.LintPlanResult,
        (arguments, cancellationToken) => Run(arguments, context, cancellationToken));

    private static LintPlanResult Run(LintPlanArguments arguments, ServerContext context, CancellationToken cancellationToken)
    {
        // The plan in its repository: a plan that copies another's id is told so (EXP0109), as the repository's lint tells it.
        var plan = GivenPlan.Of(context, arguments.Path, arguments.Text);
        var run = new PlanLinter(context.FocusedSettings(plan.FullPath, plan.Text)).Lint([context.Root, plan.FullPath], cancellationToken);
        var file = run.Files.Single();
        return new LintPlanResult(
            context.Relative(file.Path),
            file.Schema,
            run.Count(Severity.Error),
            run.Count(Severity.Warning),
            run.Count(Severity.Info),
            Finding.Active(file.Diagnostics),
            Finding.Active(run.RunDiagnostics, context));
    }
}

/// <summary>The arguments of `lint_plan`.</summary>
internal sealed record LintPlanArguments
{
    /// <summary>The plan's path, relative to the repository root.</summary>
    [Description("The plan's path, relative to the repository root (e.g. plans/2026-01-05-fix-login-PLAN.md). With 'text', the path the text is checked as; the file need not exist.")]
    public required string Path { get; init; }

    /// <summary>The plan's text, to check instead of the file; null to check the file.</summary>
    [Description("Optional: the plan's full Markdown text, checked instead of the saved file (for a draft or an edit not yet saved).")]
    public string? Text { get; init; }
}

/// <summary>The result of `lint_plan`.</summary>
/// <param name="Path">The plan, relative to the repository root.</param>
/// <param name="Schema">The plan format it was checked in (execplan or cookbook).</param>
/// <param name="Errors">Active errors, the plan's and the run's.</param>
/// <param name="Warnings">Active warnings.</param>
/// <param name="Infos">Active infos.</param>
/// <param name="Findings">The plan's active findings, in line order.</param>
/// <param name="RunFindings">Findings not in the plan: the repository's configuration files, its other files (lock file, policy pointer, baseline), and the duplicate id the plan makes of a later plan's.</param>
internal sealed record LintPlanResult(string Path, string Schema, int Errors, int Warnings, int Infos, IReadOnlyList<Finding> Findings, IReadOnlyList<Finding> RunFindings);
