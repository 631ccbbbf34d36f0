using ExecPlan.Cli.Files;

namespace ExecPlan.Cli.Mcp;

/// <summary>
/// A path argument of a tool, confined to the repository root: relative to the root or absolute, it must name a place under the root
/// once `..` and every symbolic link in it are resolved; anything else is refused before a file is read or written.
/// </summary>
internal static class RepositoryPath
{
    /// <summary>The full path of <paramref name="path"/> under <paramref name="root"/>, or a refusal naming the argument.</summary>
    public static string Resolve(string root, string? path, string argument)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ToolRefusal($"'{argument}' is required: a path relative to the repository root");
        }

        if (path.Any(char.IsControl))
        {
            throw new ToolRefusal($"'{argument}' holds a control character");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path, root);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ToolRefusal($"'{argument}' is not a valid path: {exception.Message.TrimEnd('.')}");
        }

        // Both sides with their links resolved: a link under the root that points elsewhere leads outside it.
        if (!Under(RealPath.Of(root), RealPath.Of(full)) || !Under(root, full))
        {
            throw new ToolRefusal($"'{path}' is outside the repository root {root}; give a path under it");
        }

        return full;
    }

    /// <summary>An existing file under the root, or a refusal.</summary>
    public static string ExistingFile(string root, string? path, string argument)
    {
        var full = Resolve(root, path, argument);
        return Directory.Exists(full) ? throw new ToolRefusal($"'{path}' is a folder; give a plan file")
            : File.Exists(full) ? full
            : throw new ToolRefusal($"'{path}' does not exist under the repository root; give the plan's path, or its text in 'text' to check a plan not yet saved");
    }

    private static bool Under(string root, string full)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var prefix = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return string.Equals(Path.TrimEndingDirectorySeparator(full), Path.TrimEndingDirectorySeparator(root), comparison)
            || full.StartsWith(prefix, comparison);
    }
}
