namespace ExecPlan.Build.Tests.Tasks;

public sealed class DiscoverExecPlansTests : IDisposable
{
    private readonly TempFolder repo = new();

    [Fact]
    public void The_root_is_the_git_root_above_the_project_and_its_plans_are_found_like_the_cli_finds_them()
    {
        repo.Write(".git", "gitdir: elsewhere"); // A worktree's .git is a file.
        var project = repo.Write("src/app/app.csproj");
        var plans = new[] { repo.Write("PLAN.md"), repo.Write("plans/cache.md"), repo.Write("docs/auth-PLAN.md") };
        repo.Write("plans/README.md");
        repo.Write("node_modules/pkg/old-PLAN.md");
        repo.Write("src/app/obj/copy-PLAN.md");

        var task = new DiscoverExecPlans { BuildEngine = new FakeBuildEngine(), ProjectDirectory = Path.GetDirectoryName(project)! };

        Assert.True(task.Execute());
        Assert.Equal(repo.Path, task.ResolvedRoot);
        Assert.Equal(string.Empty, task.ResolvedConfigFile);
        Assert.Equal(plans.Order(StringComparer.Ordinal), task.Plans.Select(p => p.ItemSpec));
    }

    [Fact]
    public void Explicit_root_and_config_resolve_against_the_project_and_listed_plans_skip_discovery()
    {
        var project = Path.GetDirectoryName(repo.Write("app/app.csproj"))!;
        repo.Write("PLAN.md");
        var config = repo.Write("settings/lint.yaml");

        var task = new DiscoverExecPlans
        {
            BuildEngine = new FakeBuildEngine(),
            ProjectDirectory = project,
            Root = "..",
            ConfigFile = "../settings/lint.yaml",
            FindPlans = false,
        };

        Assert.True(task.Execute());
        Assert.Equal(repo.Path, task.ResolvedRoot);
        Assert.Equal(config, task.ResolvedConfigFile);
        Assert.Empty(task.Plans);
    }

    [Fact]
    public void Without_git_the_root_is_the_project_folder_and_its_config_file_is_found()
    {
        var config = repo.Write(".execplan.yaml", "level: minimal\n");

        var task = new DiscoverExecPlans { BuildEngine = new FakeBuildEngine(), ProjectDirectory = repo.Path };

        Assert.True(task.Execute());
        Assert.Equal(repo.Path, task.ResolvedRoot);
        Assert.Equal(config, task.ResolvedConfigFile);
    }

    [Fact]
    public void Finding_no_plan_says_so_and_where_it_looked()
    {
        repo.Write(".git", "gitdir: elsewhere");
        var engine = new FakeBuildEngine();
        var task = new DiscoverExecPlans { BuildEngine = engine, ProjectDirectory = Path.GetDirectoryName(repo.Write("src/app/app.csproj"))! };

        Assert.True(task.Execute());
        Assert.Empty(task.Plans);
        var message = Assert.Single(engine.Messages, m => m.Message?.Contains("no plans found", StringComparison.Ordinal) == true);
        Assert.Equal(Microsoft.Build.Framework.MessageImportance.High, message.Importance);
        Assert.Contains(repo.Path, message.Message, StringComparison.Ordinal);
        Assert.Contains("exec-plans/", message.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_git_the_configs_root_key_names_the_root_as_it_does_for_the_cli()
    {
        var project = Path.GetDirectoryName(repo.Write("app/app.csproj"))!;
        repo.Write("app/.execplan.yaml", "root: ..\n");
        var plan = repo.Write("plans/cache.md");

        var task = new DiscoverExecPlans { BuildEngine = new FakeBuildEngine(), ProjectDirectory = project };

        Assert.True(task.Execute());
        Assert.Equal(repo.Path, task.ResolvedRoot);
        Assert.Equal(plan, Assert.Single(task.Plans).ItemSpec);
    }

    [Fact]
    public void The_configuration_files_of_the_plans_are_inputs_of_the_lint()
    {
        repo.Write(".git", "gitdir: elsewhere");
        var rootConfig = repo.Write(".execplan.yaml", "level: minimal\n");
        var nested = repo.Write("legacy/.execplan.yaml", "schema: cookbook\n");
        repo.Write("legacy/plans/old.md");
        repo.Write("plans/new.md");

        var task = new DiscoverExecPlans { BuildEngine = new FakeBuildEngine(), ProjectDirectory = repo.Path };

        Assert.True(task.Execute());
        Assert.Equal(new[] { rootConfig, nested }.Order(StringComparer.Ordinal), task.ConfigFiles.Select(c => c.ItemSpec).Order(StringComparer.Ordinal));
        Assert.Equal(string.Empty, task.ExplicitConfigFile);
    }

    public void Dispose() => repo.Dispose();
}
