namespace ExecPlan.Build;

/// <summary>The default lint root: the nearest folder holding `.git` (a folder, or a file in a worktree), else the start folder.</summary>
internal static class RepositoryRoot
{
    /// <summary>Walks up from <paramref name="startDirectory"/> to the first folder holding `.git`.</summary>
    public static string Find(string startDirectory)
    {
        for (var folder = new DirectoryInfo(startDirectory); folder is not null; folder = folder.Parent)
        {
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return folder.FullName;
            }
        }

        return Path.GetFullPath(startDirectory);
    }
}
