using System.Collections.Immutable;
using System.ComponentModel;
using System.Text.Json.Serialization;
using ExecPlan.Cli.Commands;
using ExecPlan.Fixes;
using ExecPlan.Secrets;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ExecPlan.Cli.Mcp.Tools;

/// <summary>`fix_plan`: applies the safe fixes of one plan, as `execplan fix` does, and returns the change as a unified diff.</summary>
internal static class FixPlanTool
{
    public const string Name = "fix_plan";

    private const string Description = """
        Apply the linter's safe fixes to one ExecPlan (heading spelling and order, enum case, timestamp format and other
        mechanical repairs; never content you must write) and return what was fixed, the unified diff and the findings
        that remain. Call it when lint_plan reports findings whose fixes are 'safe', then fix the rest yourself. Give 'path'
        to fix the saved file in place (with 'dry_run': true nothing is written, only the diff is returned), or 'path' and
        'text' to fix text you have not saved: the fixed text and the diff are returned and no file is ever written.
        With 'unsafe_fixes': true the 'unsafe' fixes are applied too: missing sections, lines and front-matter fields from
        the format's templates, placeholders you must then fill in, and heading renames that drop the heading's note.
        'rules' limits the fixes to those rules' findings.
        """;

    /// <summary>The tool over <paramref name="context"/>.</summary>
    public static McpServerTool Create(ServerContext context) => new PlanTool<FixPlanArguments, FixPlanResult>(
        new Tool { Name = Name, Description = Description, Annotations = new ToolAnnotations { ReadOnlyHint = false, DestructiveHint = false, IdempotentHint = true, OpenWorldHint = false } },
        McpJson.Default.FixPlanArguments,
        McpJson.Default.FixPlanResult,
        (arguments, cancellationToken) => Run(arguments, context, cancellationToken));

    private static FixPlanResult Run(FixPlanArguments arguments, ServerContext context, CancellationToken cancellationToken)
    {
        var plan = GivenPlan.Of(context, arguments.Path, arguments.Text);
        var input = plan.Input();
        using var content = input?.Content;
        var options = new FixOptions { DryRun = arguments.DryRun || input is not null, Unsafe = arguments.UnsafeFixes, Rules = Rules(arguments.Rules) };
        FileFix? file = null;
        new PlanFixer(context.Settings(input), options).Fix([plan.FullPath], fixedFile => file = fixedFile, null, cancellationToken);
        var path = context.Relative(plan.FullPath);
        if (file is null || file.Outcome is FixOutcome.ChangedMeanwhile or FixOutcome.WriteFailed || file.Problem is not null)
        {
            throw new ToolRefusal($"{path} was not fixed: {(file?.Problem ?? "it could not be read").TrimEnd('.')}");
        }

        var diff = new StringWriter { NewLine = "\n" };
        UnifiedDiff.Write(diff, path, file.Before ?? string.Empty, file.After ?? string.Empty);
        var result = new FixPlanResult(
            path,
            Outcome(file.Outcome),
            [.. file.Fixed.Select(f => new FixedItem(f.RuleId, f.Span.Line, f.Fix.Title))],
            diff.ToString(),
            Finding.Active(file.Remaining));
        return input is null ? result : WithText(result, file.After ?? string.Empty);
    }

    // The fixed text goes back only when it holds no secret: the diff shows a secret as <REDACTED>, as `execplan fix --dry-run` does,
    // and a whole text cannot be shown in part.
    private static FixPlanResult WithText(FixPlanResult result, string after) =>
        PlanTextRedaction.Of(after).Redact(after) == after
            ? result with { Text = after }
            : result with { TextWithheld = "the plan holds a secret, so its fixed text is not returned: apply the diff (secrets shown as <REDACTED>) and remove the secret" };

    // Rule IDs or names as explain_rule takes them; an unknown one refuses the call rather than fix nothing.
    private static ImmutableHashSet<string> Rules(IReadOnlyList<string>? rules) => rules is null
        ? []
        : [.. rules.Select(r => (r is null ? null : ExplainCommand.Find(r.Trim()))?.Id
            ?? throw new ToolRefusal($"unknown rule '{r}' in 'rules': give IDs such as EXP0202 or names such as missing-required-section, as lint_plan reports them"))];

    private static string Outcome(FixOutcome outcome) => outcome switch
    {
        FixOutcome.Fixed => "fixed",
        FixOutcome.WouldFix => "would_fix",
        _ => "unchanged",
    };
}

/// <summary>The arguments of `fix_plan`.</summary>
internal sealed record FixPlanArguments
{
    /// <summary>The plan's path, relative to the repository root.</summary>
    [Description("The plan's path, relative to the repository root. With 'text', the path the text is fixed as; the file is not written.")]
    public required string Path { get; init; }

    /// <summary>The plan's text, to fix in memory instead of the file; null to fix the file.</summary>
    [Description("Optional: the plan's full Markdown text, fixed in memory; the fixed text is returned and no file is written.")]
    public string? Text { get; init; }

    /// <summary>Whether the file is left as it is (only the diff is returned).</summary>
    [Description("Optional, default false: change nothing on disk, only return the diff of what would be fixed.")]
    [JsonPropertyName("dry_run")]
    public bool DryRun { get; init; }

    /// <summary>Whether the unsafe fixes (template text to fill in) are applied too.</summary>
    [Description("Optional, default false: also apply the unsafe fixes, which insert missing sections, lines and front-matter fields from the format's templates (placeholders you must then replace with the plan's real content) and rename headings whose note the rename drops.")]
    [JsonPropertyName("unsafe_fixes")]
    public bool UnsafeFixes { get; init; }

    /// <summary>Only the fixes of these rules (IDs or names); null or empty for every rule's.</summary>
    [Description("Optional: only the fixes of these rules, by ID (EXP0202) or name (missing-required-section); every rule's when absent.")]
    public IReadOnlyList<string>? Rules { get; init; }
}

/// <summary>The result of `fix_plan`.</summary>
/// <param name="Path">The plan, relative to the repository root.</param>
/// <param name="Outcome">fixed (written), would_fix (dry run or text: nothing written) or unchanged (nothing to fix).</param>
/// <param name="Fixed">The findings fixed.</param>
/// <param name="Diff">The change as a unified diff (empty when unchanged); secrets shown as &lt;REDACTED&gt;.</param>
/// <param name="Remaining">The active findings of the fixed text: what is left for you to fix.</param>
internal sealed record FixPlanResult(string Path, string Outcome, IReadOnlyList<FixedItem> Fixed, string Diff, IReadOnlyList<Finding> Remaining)
{
    /// <summary>For text input: the fixed text; null for a file, or when <see cref="TextWithheld"/> says why not.</summary>
    public string? Text { get; init; }

    /// <summary>Why the fixed text of a text input is not returned, or null.</summary>
    public string? TextWithheld { get; init; }
}

/// <summary>A finding that was fixed.</summary>
/// <param name="RuleId">Its rule.</param>
/// <param name="Line">The line it stood on, in the text of the pass that fixed it.</param>
/// <param name="Title">The fix applied.</param>
internal sealed record FixedItem(string RuleId, int Line, string Title);
