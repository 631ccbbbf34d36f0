namespace ExecPlan.Linting;

/// <summary>Finds the repository root: the nearest folder at or above a path that holds `.git` (a folder or a worktree file).</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder holding `.git` at or above <paramref name="path"/>, or null.</summary>
    public static string? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var directory = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path).Directory;
        for (; directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
