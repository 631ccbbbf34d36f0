using ExecPlan.Cli.Mcp.Tools;
using ExecPlan.Output;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ExecPlan.Cli.Mcp;

/// <summary>The Model Context Protocol server of `execplan mcp`: the plan tools over standard input and output, until standard input closes.</summary>
internal static class PlanServer
{
    private const string Instructions = """
        Tools for ExecPlans, the Markdown execution plans of this repository. At the start of a session call list_plans
        to find the plan to continue; start a new one with new_plan. After every edit of a plan call lint_plan, apply the
        safe fixes with fix_plan, fix the rest yourself (explain_rule says what a rule wants), and lint again until no
        errors remain. Paths are relative to the repository root; nothing outside it is read or written.
        """;

    /// <summary>The server's options: who it is, what it is for, and its tools over <paramref name="context"/>.</summary>
    public static McpServerOptions Options(ServerContext context) => new()
    {
        ServerInfo = new Implementation { Name = ToolInfo.Name, Version = ToolInfo.Version },
        ServerInstructions = Instructions,
        ToolCollection = [LintPlanTool.Create(context), FixPlanTool.Create(context), ExplainRuleTool.Create(), NewPlanTool.Create(context), ListPlansTool.Create(context)],
    };

    /// <summary>Serves <paramref name="context"/>'s repository over standard input and output until standard input closes or <paramref name="cancellationToken"/> fires.</summary>
    public static async Task RunAsync(ServerContext context, CancellationToken cancellationToken)
    {
        await using var transport = new StdioServerTransport(ToolInfo.Name);
        await using var server = McpServer.Create(transport, Options(context));
        await server.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
