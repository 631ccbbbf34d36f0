using System.Globalization;
using ExecPlan.Configuration;
using ExecPlan.Linting;

namespace ExecPlan.Benchmarks;

/// <summary>
/// What finding the plans of a large repository costs (the MSBuild package does it on every build, the language server after every
/// pause, `execplan lint .` at the start): discovery of a generated monorepo beside the listing of every file in it by .NET's own
/// recursive enumeration (nothing can discover faster than it lists), in process, best of several passes each.
/// </summary>
internal static class RepositoryWalk
{
    // A source tree as monorepos have them: many folders of code, some documentation, a few plans, build output and packages.
    private static readonly string[] SourceNames = ["Program.cs", "Service.cs", "Model.cs", "index.ts", "util.ts", "package.json", "README.md", "style.css", "test_main.py", "Makefile"];

    /// <summary>Makes about <paramref name="files"/> files under <paramref name="root"/> (once: an existing tree is kept).</summary>
    public static void Make(string root, int files)
    {
        if (Directory.Exists(root))
        {
            return;
        }

        var staging = root + ".partial";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        for (var i = 0; i < files / SourceNames.Length; i++)
        {
            var folder = Path.Combine(staging, $"area{i % 20:D2}", $"module{i / 20 % 25:D2}", $"part{i:D5}");
            Directory.CreateDirectory(folder);
            foreach (var name in SourceNames)
            {
                File.WriteAllText(Path.Combine(folder, name), string.Empty);
            }

            if (i % 500 == 0)
            {
                Directory.CreateDirectory(Path.Combine(folder, "plans"));
                File.WriteAllText(Path.Combine(folder, "plans", $"plan-{i}.md"), "# Plan\n");
                Directory.CreateDirectory(Path.Combine(folder, "bin", "Debug"));
                File.WriteAllText(Path.Combine(folder, "bin", "Debug", "PLAN.md"), string.Empty);
            }
        }

        Directory.Move(staging, root);
    }

    /// <summary>Prints "discover MS list MS ratio R (N plans of M files)" and returns 0.</summary>
    public static int Run(string root, int passes)
    {
        var plans = 0;
        var files = 0;
        var discover = EngineInProcess.Best(passes, () => plans = PlanDiscovery.Discover(root, ExecPlanConfig.Default).Length);
        var list = EngineInProcess.Best(passes, () => files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"discover {discover:F0} list {list:F0} ratio {discover / list:F3} ({plans} plans of {files} files)"));
        return 0;
    }
}
