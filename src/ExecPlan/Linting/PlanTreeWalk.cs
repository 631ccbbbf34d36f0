using System.IO.Enumeration;

namespace ExecPlan.Linting;

/// <summary>
/// Walks a folder tree for discovery: skips build and tool folders, never follows folder links (symlinks and junctions are reparse
/// points), skips what it cannot read. It reads each folder's entries as the file system gives them and makes a string only of the
/// files the caller's name test keeps: a repository of 100,000 files is mostly files that are not plans.
/// </summary>
internal static class PlanTreeWalk
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git" };

    private static readonly EnumerationOptions Options = new()
    {
        IgnoreInaccessible = true,
        RecurseSubdirectories = true,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Whether discovery skips a folder of this name (build output, packages, git's own).</summary>
    public static bool IsSkipped(string folderName) => SkippedFolders.Contains(folderName);

    /// <summary>The files under <paramref name="root"/> whose name passes <paramref name="keep"/>, as full paths, in no particular order.</summary>
    public static IEnumerable<string> Files(string root, NameTest keep) => new Walk(root, keep, names: false);

    /// <summary>The names of the files under <paramref name="root"/> (a name once per file that bears it), in no particular order.</summary>
    public static IEnumerable<string> FileNames(string root) => new Walk(root, static _ => true, names: true);

    /// <summary>Whether a file of this name is wanted.</summary>
    public delegate bool NameTest(ReadOnlySpan<char> name);

    // The enumerator itself, so that an error on any folder (permissions, vanished, I/O) skips that folder instead of ending the walk.
    private sealed class Walk(string root, NameTest keep, bool names) : IEnumerable<string>
    {
        public IEnumerator<string> GetEnumerator() => new Enumerator(root, keep, names);

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private sealed class Enumerator(string root, NameTest keep, bool names) : FileSystemEnumerator<string>(root, Options)
        {
            protected override bool ShouldIncludeEntry(ref FileSystemEntry entry) => !entry.IsDirectory && keep(entry.FileName);

            protected override bool ShouldRecurseIntoEntry(ref FileSystemEntry entry) =>
                (entry.Attributes & FileAttributes.ReparsePoint) == 0 && !IsSkipped(entry.FileName);

            protected override string TransformEntry(ref FileSystemEntry entry) => names ? entry.FileName.ToString() : entry.ToFullPath();

            protected override bool ContinueOnError(int error) => true;

            private static bool IsSkipped(ReadOnlySpan<char> name)
            {
                foreach (var skipped in SkippedFolders)
                {
                    if (name.Equals(skipped, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
