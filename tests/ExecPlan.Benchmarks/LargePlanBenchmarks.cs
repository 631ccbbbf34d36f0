using BenchmarkDotNet.Attributes;
using ExecPlan.Linting;

namespace ExecPlan.Benchmarks;

/// <summary>One 5 MB plan (a corpus plan with its body repeated) linted in memory, against the floor parse of the same text.</summary>
public class LargePlanBenchmarks
{
    private const int Size = 5 * 1024 * 1024;
    private readonly PlanLinter _linter = new(new LintSettings());
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = PlanSet.Large(Size);

    [Benchmark(Baseline = true, Description = "floor: Markdig + YamlDotNet, 5 MB")]
    public int Floor() => Benchmarks.Floor.Parse(_text);

    [Benchmark(Description = "engine: LintText, 5 MB")]
    public int Engine() => _linter.LintText("plans/large.md", _text).Diagnostics.Length;
}
