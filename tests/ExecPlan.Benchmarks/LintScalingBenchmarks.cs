using BenchmarkDotNet.Attributes;
using ExecPlan.Linting;

namespace ExecPlan.Benchmarks;

/// <summary>Lint of 1, 100, 1,000 and 10,000 corpus plans in process, against the read-and-parse floor on the same files.</summary>
public class LintScalingBenchmarks
{
    private string _root = string.Empty;
    private PlanLinter _linter = null!;

    /// <summary>The number of plans.</summary>
    [Params(1, 100, 1_000, 10_000)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = PlanSet.Write(Path.Combine(Path.GetTempPath(), $"execplan-bench-{Plans}-{Environment.ProcessId}"), Plans);
        _linter = new PlanLinter(new LintSettings { RootDirectory = _root, WorkingDirectory = _root });
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true, Description = "floor: read + Markdig + YamlDotNet")]
    public int Floor() => Benchmarks.Floor.ParseFolder(Path.Combine(_root, "plans"));

    [Benchmark(Description = "engine: PlanLinter.Lint")]
    public int Engine() => _linter.Lint([_root]).Files.Length;
}
