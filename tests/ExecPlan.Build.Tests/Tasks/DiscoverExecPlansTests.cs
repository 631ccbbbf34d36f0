namespace ExecPlan.Build.Tests.Tasks;

public sealed class DiscoverExecPlansTests : IDisposable
{
    private readonly DirectoryInfo repo = Directory.CreateTempSubdirectory("execplan-discover-");

    [Fact]
    public void The_root_is_the_git_root_above_the_project_and_its_plans_are_found_like_the_cli_finds_them()
    {
        File.WriteAllText(Path.Combine(repo.FullName, ".git"), "gitdir: elsewhere"); // A worktree's .git is a file.
        var project = Write("src/app/app.csproj");
        var plans = new[] { Write("PLAN.md"), Write("plans/cache.md"), Write("docs/auth-PLAN.md") };
        Write("plans/README.md");
        Write("node_modules/pkg/old-PLAN.md");
        Write("src/app/obj/copy-PLAN.md");

        var task = new DiscoverExecPlans { BuildEngine = new FakeBuildEngine(), ProjectDirectory = Path.GetDirectoryName(project)! };

        Assert.True(task.Execute());
        Assert.Equal(repo.FullName, task.ResolvedRoot);
        Assert.Equal(string.Empty, task.ResolvedConfigFile);
        Assert.Equal(plans.Order(StringComparer.Ordinal), task.Plans.Select(p => p.ItemSpec));
    }

    [Fact]
    public void Explicit_root_and_config_resolve_against_the_project_and_listed_plans_skip_discovery()
    {
        var project = Path.GetDirectoryName(Write("app/app.csproj"))!;
        Write("PLAN.md");
        var config = Write("settings/lint.yaml");

        var task = new DiscoverExecPlans
        {
            BuildEngine = new FakeBuildEngine(),
            ProjectDirectory = project,
            Root = "..",
            ConfigFile = "../settings/lint.yaml",
            FindPlans = false,
        };

        Assert.True(task.Execute());
        Assert.Equal(repo.FullName, task.ResolvedRoot);
        Assert.Equal(config, task.ResolvedConfigFile);
        Assert.Empty(task.Plans);
    }

    [Fact]
    public void Without_git_the_root_is_the_project_folder_and_its_config_file_is_found()
    {
        var config = Write(".execplan.yaml", "level: minimal\n");

        var task = new DiscoverExecPlans { BuildEngine = new FakeBuildEngine(), ProjectDirectory = repo.FullName };

        Assert.True(task.Execute());
        Assert.Equal(repo.FullName, task.ResolvedRoot);
        Assert.Equal(config, task.ResolvedConfigFile);
    }

    [Fact]
    public void Finding_no_plan_says_so_and_where_it_looked()
    {
        File.WriteAllText(Path.Combine(repo.FullName, ".git"), "gitdir: elsewhere");
        var engine = new FakeBuildEngine();
        var task = new DiscoverExecPlans { BuildEngine = engine, ProjectDirectory = Path.GetDirectoryName(Write("src/app/app.csproj"))! };

        Assert.True(task.Execute());
        Assert.Empty(task.Plans);
        var message = Assert.Single(engine.Messages, m => m.Message?.Contains("no plans found", StringComparison.Ordinal) == true);
        Assert.Equal(Microsoft.Build.Framework.MessageImportance.High, message.Importance);
        Assert.Contains(repo.FullName, message.Message, StringComparison.Ordinal);
        Assert.Contains("exec-plans/", message.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_git_the_configs_root_key_names_the_root_as_it_does_for_the_cli()
    {
        var project = Path.GetDirectoryName(Write("app/app.csproj"))!;
        Write("app/.execplan.yaml", "root: ..\n");
        var plan = Write("plans/cache.md");

        var task = new DiscoverExecPlans { BuildEngine = new FakeBuildEngine(), ProjectDirectory = project };

        Assert.True(task.Execute());
        Assert.Equal(repo.FullName, task.ResolvedRoot);
        Assert.Equal(plan, Assert.Single(task.Plans).ItemSpec);
    }

    [Fact]
    public void The_configuration_files_of_the_plans_are_inputs_of_the_lint()
    {
        File.WriteAllText(Path.Combine(repo.FullName, ".git"), "gitdir: elsewhere");
        var rootConfig = Write(".execplan.yaml", "level: minimal\n");
        var nested = Write("legacy/.execplan.yaml", "schema: cookbook\n");
        Write("legacy/plans/old.md");
        Write("plans/new.md");

        var task = new DiscoverExecPlans { BuildEngine = new FakeBuildEngine(), ProjectDirectory = repo.FullName };

        Assert.True(task.Execute());
        Assert.Equal(new[] { rootConfig, nested }.Order(StringComparer.Ordinal), task.ConfigFiles.Select(c => c.ItemSpec).Order(StringComparer.Ordinal));
        Assert.Equal(string.Empty, task.ExplicitConfigFile);
    }

    public void Dispose() => repo.Delete(recursive: true);

    private string Write(string relativePath, string text = "# PLAN: x\n")
    {
        var path = Path.Combine(repo.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
