using System.Runtime.InteropServices;

namespace ExecPlan.Build.Tests.EndToEnd;

/// <summary>
/// Which build of the task the package's targets load, read off a real evaluation (`dotnet msbuild -getProperty`) of a project
/// importing the repository's build files from a package-shaped folder: the precompiled copy for the runtime identifier MSBuild
/// runs on when the package holds it, else the portable net10.0 build.
/// </summary>
public sealed class TaskSelectionTests : IDisposable
{
    private readonly TempFolder package = new();

    public TaskSelectionTests()
    {
        package.Folder("build");
        foreach (var file in Directory.GetFiles(TestRepository.PathOf("build")))
        {
            File.Copy(file, package.Combine("build/" + Path.GetFileName(file)));
        }

        // Evaluation never loads the task: empty files stand in for the assemblies.
        package.Write("tasks/net8.0/ExecPlan.Build.dll", "");
        package.Write("tasks/net10.0/ExecPlan.Build.dll", "");
        package.Write("consumer/consumer.proj", $"""
            <Project>
              <Import Project="{package.Combine("build/ExecPlan.Build.props")}" />
              <Import Project="{package.Combine("build/ExecPlan.Build.targets")}" />
            </Project>
            """);
    }

    private static string Rid => RuntimeInformation.RuntimeIdentifier;

    [Fact]
    public void The_copy_precompiled_for_this_runtime_identifier_is_loaded_when_the_package_holds_it()
    {
        package.Write($"tasks/net10.0/{Rid}/ExecPlan.Build.dll", "");
        package.Write("tasks/net10.0/not-this-rid/ExecPlan.Build.dll", "");

        Assert.Equal(package.Combine($"tasks/net10.0/{Rid}/ExecPlan.Build.dll"), TaskAssembly());
    }

    [Fact]
    public void The_portable_net10_build_is_loaded_where_no_copy_is_precompiled_for_this_runtime_identifier()
    {
        package.Write("tasks/net10.0/not-this-rid/ExecPlan.Build.dll", "");

        Assert.Equal(package.Combine("tasks/net10.0/ExecPlan.Build.dll"), TaskAssembly());
    }

    [Fact]
    public void A_task_assembly_the_project_names_wins_over_both()
    {
        package.Write($"tasks/net10.0/{Rid}/ExecPlan.Build.dll", "");
        var named = package.Write("elsewhere/ExecPlan.Build.dll", "");

        Assert.Equal(named, TaskAssembly("-p:ExecPlanTaskAssembly=" + named));
    }

    private string TaskAssembly(params string[] arguments)
    {
        var evaluation = ChildProcess.Dotnet(package.Path, ["msbuild", package.Combine("consumer/consumer.proj"), "-getProperty:ExecPlanTaskAssembly", "-nodeReuse:false", .. arguments], timeout: PackageFeed.Timeout);
        Assert.True(evaluation.Succeeded, evaluation.ToString());
        return Path.GetFullPath(evaluation.Output.Trim());
    }

    public void Dispose() => package.Dispose();
}
