using System.Security;

namespace ExecPlan.Linting;

/// <summary>Walks a folder tree for discovery: skips build and tool folders, never follows folder links (symlinks and junctions are reparse points), skips what it cannot read.</summary>
internal static class PlanTreeWalk
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git" };

    private static readonly EnumerationOptions Options = new()
    {
        IgnoreInaccessible = true,
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Whether discovery skips a folder of this name (build output, packages, git's own).</summary>
    public static bool IsSkipped(string folderName) => SkippedFolders.Contains(folderName);

    /// <summary>Every file under <paramref name="root"/>, as full paths, in no particular order.</summary>
    public static IEnumerable<string> Files(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var entry in Entries(pending.Pop()))
            {
                if (entry is FileInfo)
                {
                    yield return entry.FullName;
                }
                else if (entry is DirectoryInfo && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && !SkippedFolders.Contains(entry.Name))
                {
                    pending.Push(entry.FullName);
                }
            }
        }
    }

    /// <summary>The entries of one folder; empty when it cannot be read (permissions, vanished, I/O error).</summary>
    private static List<FileSystemInfo> Entries(string folder)
    {
        try
        {
            return [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", Options)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or SecurityException)
        {
            return [];
        }
    }
}
