using System.Text;
using ExecPlan.Linting;

namespace ExecPlan.Cli.Mcp;

/// <summary>The plan a tool call names: a file under the root, or text (an unsaved draft) linted as the file its path names, which need not exist.</summary>
/// <param name="FullPath">The plan's full path under the root.</param>
/// <param name="Input">The text as a stream the engine reads, or null for the file itself.</param>
internal sealed record GivenPlan(string FullPath, PlanInput? Input) : IDisposable
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

        return new GivenPlan(full, new PlanInput(full, new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false)));
    }

    /// <summary>Closes the text's stream.</summary>
    public void Dispose() => Input?.Content.Dispose();
}
