namespace ExecPlan.Cli.Files;

/// <summary>A full path with every symbolic link in it resolved, so two names of one file compare equal.</summary>
internal static class RealPath
{
    // Like the kernel's ELOOP limit: a chain of links longer than this is left as it is.
    private const int MaxLinks = 40;

    /// <summary>Whether two paths name the same file once links are resolved (ignoring case where the file system usually does).</summary>
    public static bool Same(string left, string right) =>
        string.Equals(Of(left), Of(right), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The path with its links resolved, component by component; parts that do not exist are kept as written.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        for (var links = 0; links < MaxLinks; links++)
        {
            if (FirstLink(full) is not { } link)
            {
                return full;
            }

            full = link;
        }

        return full;
    }

    // The path with its first linked component replaced by the link's target, or null when no component is a link.
    private static string? FirstLink(string full)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var parts = full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            string? target;
            try
            {
                target = new FileInfo(current).LinkTarget;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return null; // unreadable: compare what is known
            }

            if (target is not null)
            {
                var resolved = Path.GetFullPath(target, Path.GetDirectoryName(current) ?? root);
                return Path.Combine([resolved, .. parts[(i + 1)..]]);
            }
        }

        return null;
    }
}
