namespace ExecPlan.Output;

/// <summary>Shows finding paths relative to a working directory, the way reports print them.</summary>
public static class ReportPath
{
    /// <summary>The path relative to <paramref name="workingDirectory"/> with <paramref name="separator"/> between segments, or the full path when it lies outside.</summary>
    public static string Relative(string path, string workingDirectory, char separator = '/')
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var full = Path.GetFullPath(path, Path.GetFullPath(workingDirectory));
        var relative = IsInside(full, workingDirectory) ? Path.GetRelativePath(workingDirectory, full) : full;
        return relative.Replace(Path.DirectorySeparatorChar, separator).Replace(Path.AltDirectorySeparatorChar, separator);
    }

    /// <summary>Whether <paramref name="fullPath"/> lies inside (or is) <paramref name="workingDirectory"/>.</summary>
    public static bool IsInside(string fullPath, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var relative = Path.GetRelativePath(Path.GetFullPath(workingDirectory), fullPath);
        return !Path.IsPathRooted(relative) && relative != ".."
            && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
