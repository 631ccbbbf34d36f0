using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ExecPlan.Benchmarks;
using ExecPlan.Linting;

// Commands for run.sh; anything else goes to BenchmarkDotNet (e.g. --filter '*').
switch (args.FirstOrDefault())
{
    case "make-plans":
        PlanSet.Write(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        return 0;
    case "engine":
        return EngineInProcess.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
    case "editor":
        return EditorLint.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
    case "walk":
        RepositoryWalk.Make(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000);
        return RepositoryWalk.Run(args[1], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5);
    case "make-large":
        File.WriteAllText(args[1], PlanSet.Large(int.Parse(args[2], CultureInfo.InvariantCulture)));
        return 0;
    case "floor":
        Console.WriteLine(Floor.ParseFolder(args[1]));
        return 0;
    case "memory":
        return Memory(args[1]);
    case "hostile":
        return HostileInputs.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1024 * 1024, args.Length > 2 ? args[2] : null);
    case "memory-streamed":
        return MemoryStreamed(args[1]);
    default:
        // In process: the machine is small and shared, and a generated project per benchmark costs minutes.
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddColumn(StatisticColumn.Median)
            .WithOptions(ConfigOptions.JoinSummary);
        BenchmarkSwitcher.FromAssembly(typeof(Floor).Assembly).Run(args, config);
        return 0;
}

// Peak working set of one in-process lint of a folder, and how much of the heap the findings it returns hold:
// the files are never all in memory, so what grows with the number of plans is the findings alone.
static int Memory(string folder)
{
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var run = new PlanLinter(new LintSettings { RootDirectory = folder, WorkingDirectory = folder }).Lint([folder]);
    var held = GC.GetTotalMemory(forceFullCollection: true) - before;
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    var findings = run.All.Count();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run.Files.Length} {process.PeakWorkingSet64 / (1024 * 1024)} {held / (1024 * 1024)} {findings}"));
    GC.KeepAlive(run);
    return 0;
}

// Peak working set of one in-process streamed lint of a folder: each file's findings are handed on and dropped, as
// `execplan lint` does for text, so nothing grows with the number of plans.
static int MemoryStreamed(string folder)
{
    var findings = 0;
    var totals = new PlanLinter(new LintSettings { RootDirectory = folder, WorkingDirectory = folder }).Lint([folder], report => findings += report.Diagnostics.Length);
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{totals.Files} {process.PeakWorkingSet64 / (1024 * 1024)} {findings}"));
    return 0;
}
