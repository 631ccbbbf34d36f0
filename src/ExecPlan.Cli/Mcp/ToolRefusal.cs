namespace ExecPlan.Cli.Mcp;

/// <summary>A tool call the server will not carry out (a bad argument, a path outside the repository, an existing file); its message is the tool error the agent reads.</summary>
/// <param name="message">What was wrong and what to do instead, as one sentence without a final period.</param>
internal sealed class ToolRefusal(string message) : Exception(message);
