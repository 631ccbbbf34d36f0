using System.Diagnostics;
using System.Globalization;
using ExecPlan.Linting;

namespace ExecPlan.Benchmarks;

/// <summary>
/// The engine alone, in process on one warm thread: every plan of a folder read into memory once, then linted pass after pass
/// (no process start, no JIT after the first pass, no output), beside the floor's parse of the same texts. compare.sh runs it
/// in both trees, so a change to the engine is seen apart from the start-up of the process around it.
/// </summary>
internal static class EngineInProcess
{
    /// <summary>Prints "lint MS parse MS ratio R" (the best of <paramref name="passes"/> passes each) and returns 0.</summary>
    public static int Run(string folder, int passes)
    {
        var plans = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (Path: f, Text: File.ReadAllText(f))).ToArray();
        var findings = 0;
        var lint = Best(passes, () =>
        {
            // One linter a pass, as one run lints its plans: what it learns of the repository's files is not carried to the next pass.
            var linter = new PlanLinter(new LintSettings { RootDirectory = folder, WorkingDirectory = folder });
            foreach (var (path, text) in plans)
            {
                findings += linter.LintText(path, text).Diagnostics.Length;
            }
        });
        var parse = Best(passes, () =>
        {
            foreach (var (_, text) in plans)
            {
                findings += Floor.Parse(text);
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lint {lint:F0} parse {parse:F0} ratio {lint / parse:F2} ({plans.Length} plans, {findings} findings and blocks)"));
        return 0;
    }

    /// <summary>The best of <paramref name="passes"/> timed passes in milliseconds, after a first one that compiles and warms everything.</summary>
    internal static double Best(int passes, Action pass)
    {
        pass();
        var best = double.MaxValue;
        for (var i = 0; i < passes; i++)
        {
            var clock = Stopwatch.StartNew();
            pass();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
