using System.ComponentModel;
using System.Text.Json.Serialization;
using ExecPlan.Linting;
using ExecPlan.Scaffolding;
using ExecPlan.Schema;
using ExecPlan.Secrets;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ExecPlan.Cli.Mcp.Tools;

/// <summary>`new_plan`: a new plan from the template of the format in force where it goes, as `dotnet new execplan` makes it; returned, or written under the root.</summary>
internal static class NewPlanTool
{
    public const string Name = "new_plan";

    private const string Description = """
        Start a new plan from the template of the format in force where it will be written (the nearest .execplan.yaml's
        'schema', else the ExecPlan format; 'schema' chooses one): the title and every section of the level with
        placeholders in angle brackets to replace, and in the ExecPlan format front matter (id, status DRAFT, owner,
        timestamps, profile). Call it before multi-hour work that needs a plan, instead of writing a plan from memory.
        Without 'write' the text is only returned; with 'write': true it is saved under the repository root at 'path'
        (default plans/<yyyy-mm-dd>-<id>-PLAN.md in the ExecPlan format, plans/<slug of the id or title>.md in the
        cookbook format) and an existing file is never overwritten. Then fill in the placeholders and call lint_plan.
        """;

    /// <summary>The tool over <paramref name="context"/>.</summary>
    public static McpServerTool Create(ServerContext context) => new PlanTool<NewPlanArguments, NewPlanResult>(
        new Tool { Name = Name, Description = Description, Annotations = new ToolAnnotations { ReadOnlyHint = false, DestructiveHint = false, IdempotentHint = false, OpenWorldHint = false } },
        McpJson.Default.NewPlanArguments,
        McpJson.Default.NewPlanResult,
        (arguments, _) => Run(arguments, context));

    private static NewPlanResult Run(NewPlanArguments arguments, ServerContext context)
    {
        var standing = Standing(arguments, context);
        var schema = arguments.Schema is { } chosen
            ? PlanSchemas.Find(chosen) ?? throw new ToolRefusal($"unknown schema '{chosen}'; use {string.Join(" or ", PlanSchemas.All.Select(s => s.Key))}")
            : standing.Config.SchemaInForce;
        // The level of the configuration in force where the plan goes when it names one of the format's, as a lint of the new plan would check it.
        var level = arguments.Level is { } named
            ? schema.FindLevel(named) ?? throw new ToolRefusal($"unknown level '{named}'; use {string.Join(" or ", schema.Levels.Select(l => l.Name))}")
            : schema.LevelOrDefault(standing.Config.Level);
        var plan = new NewPlan(Trimmed(arguments.Id), arguments.Title.Trim(), Trimmed(arguments.Owner), level, Trimmed(arguments.Profile), context.Clock.GetUtcNow())
        {
            MultiAgent = arguments.MultiAgent,
        };
        if (PlanScaffold.Problem(plan, schema) is { } problem)
        {
            throw new ToolRefusal(problem);
        }

        var text = PlanScaffold.Render(plan, schema);
        if (PlanTextRedaction.Of(text).Redact(text) != text)
        {
            throw new ToolRefusal("the plan would hold a secret (in its id, title or owner); never put secrets in a plan");
        }

        var full = RepositoryPath.Resolve(context.Root, arguments.Path ?? PlanScaffold.FileName(plan, schema), "path");
        var path = context.Relative(full);
        if (!arguments.Write)
        {
            return new NewPlanResult(path, level.Name, text, Written: false);
        }

        if (NewPlanFile.Write(full, text) is { } refusal)
        {
            throw new ToolRefusal($"{path} was not written: {refusal}");
        }

        return new NewPlanResult(path, level.Name, text, Written: true);
    }

    // Where the plan will be written stands under the nearest configuration: the path given, else the plans folder the default name is in.
    private static PlanStanding Standing(NewPlanArguments arguments, ServerContext context)
    {
        var target = RepositoryPath.Resolve(context.Root, arguments.Path ?? PlanScaffold.Folder + "/new.md", "path");
        return PlanStanding.Resolve(context.Settings(), target);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The arguments of `new_plan`.</summary>
internal sealed record NewPlanArguments
{
    /// <summary>The plan's stable id, or null.</summary>
    [Description("The ExecPlan format's stable id, unique in the repository: letters, digits, '.', '_' and '-' (e.g. fix-login-timeout); required there. It also names the file (in the cookbook format, optional: default the title's slug).")]
    public string? Id { get; init; }

    /// <summary>The task name.</summary>
    [Description("The task name, one line; the title becomes 'PLAN: <title>'.")]
    public required string Title { get; init; }

    /// <summary>The owner's id, or null.</summary>
    [Description("Who owns the plan: your agent id or the person's handle. Required in the ExecPlan format (front matter); in the cookbook format, optional: the first decision's author.")]
    public string? Owner { get; init; }

    /// <summary>The conformance level, or null for the repository's.</summary>
    [Description("Optional: the conformance level, standard or minimal (default: the level of the .execplan.yaml in force where the plan goes, else standard).")]
    public string? Level { get; init; }

    /// <summary>The plan format, or null for the one in force where the plan goes.</summary>
    [Description("Optional: the plan format, execplan or cookbook (default: the 'schema' of the .execplan.yaml in force where the plan goes, else execplan).")]
    public string? Schema { get; init; }

    /// <summary>The formatting profile, or null for the template's.</summary>
    [Description("Optional, the ExecPlan format only: the formatting profile, codex-strict (default) or repo-native.")]
    public string? Profile { get; init; }

    /// <summary>Whether the multi-agent sections are added.</summary>
    [Description("Optional, default false, the ExecPlan format only: add the Inter-Agent Messages section, for a plan more than one agent works on.")]
    [JsonPropertyName("multi_agent")]
    public bool MultiAgent { get; init; }

    /// <summary>Whether the plan is written to disk.</summary>
    [Description("Optional, default false: save the plan under the repository root (never over an existing file); false only returns the text.")]
    public bool Write { get; init; }

    /// <summary>Where to write it, or null for the template's place.</summary>
    [Description("Optional: the file to write, relative to the repository root (default plans/<yyyy-mm-dd>-<id>-PLAN.md, or plans/<slug>.md in the cookbook format).")]
    public string? Path { get; init; }
}

/// <summary>The result of `new_plan`.</summary>
/// <param name="Path">Where the plan is (or would be) written, relative to the repository root.</param>
/// <param name="Level">The level whose sections it holds.</param>
/// <param name="Text">The plan's Markdown.</param>
/// <param name="Written">Whether it was saved.</param>
internal sealed record NewPlanResult(string Path, string Level, string Text, bool Written);
