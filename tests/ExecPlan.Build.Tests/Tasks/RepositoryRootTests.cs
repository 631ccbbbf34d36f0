namespace ExecPlan.Build.Tests.Tasks;

public sealed class RepositoryRootTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_root_is_the_nearest_folder_holding_git_as_a_folder_or_a_worktree_file(bool gitIsFolder)
    {
        var repo = Directory.CreateTempSubdirectory("execplan-root-");
        try
        {
            var project = Directory.CreateDirectory(Path.Combine(repo.FullName, "src", "app"));
            if (gitIsFolder)
            {
                Directory.CreateDirectory(Path.Combine(repo.FullName, ".git"));
            }
            else
            {
                File.WriteAllText(Path.Combine(repo.FullName, ".git"), "gitdir: elsewhere");
            }

            Assert.Equal(repo.FullName, RepositoryRoot.Find(project.FullName));
        }
        finally
        {
            repo.Delete(recursive: true);
        }
    }
}
