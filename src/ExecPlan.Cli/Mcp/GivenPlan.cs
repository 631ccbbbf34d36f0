using System.Text;
using ExecPlan.Linting;

namespace ExecPlan.Cli.Mcp;

/// <summary>The plan a tool call names: a file under the root, or text (an unsaved draft) checked as the file its path names, which need not exist.</summary>
/// <param name="FullPath">The plan's full path under the root.</param>
/// <param name="Text">The text to check instead of the file, or null for the file itself.</param>
internal sealed record GivenPlan(string FullPath, string? Text)
{
    /// <summary>The plan of a call's `path` and `text` arguments, or a refusal.</summary>
    public static GivenPlan Of(ServerContext context, string? path, string? text)
    {
        if (text is null)
        {
            return new GivenPlan(RepositoryPath.ExistingFile(context.Root, path, "path"), null);
        }

        var full = RepositoryPath.Resolve(context.Root, path, "path");
        if (Directory.Exists(full))
        {
            throw new ToolRefusal($"'{path}' is a folder; give the path of the plan the text is to be checked as");
        }

        return new GivenPlan(full, text);
    }

    /// <summary>The text as a stream the engine reads in place of the file (the caller disposes it), or null for the file itself.</summary>
    public PlanInput? Input() => Text is null ? null : new PlanInput(FullPath, new MemoryStream(Encoding.UTF8.GetBytes(Text), writable: false));
}
