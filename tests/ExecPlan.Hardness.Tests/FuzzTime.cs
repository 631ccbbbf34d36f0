using System.Globalization;

namespace ExecPlan.Hardness.Tests;

/// <summary>How long each property runs: a fixed number of iterations by default (CI), or EXECPLAN_FUZZ_SECONDS seconds each for a sustained fuzz run.</summary>
internal static class FuzzTime
{
    /// <summary>The environment variable that turns on a sustained run, in seconds per property.</summary>
    public const string Variable = "EXECPLAN_FUZZ_SECONDS";

    /// <summary>Seconds per property, or -1 to run a fixed number of iterations.</summary>
    public static int Seconds => int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : -1;

    /// <summary>Iterations for CsCheck: the given count in CI, unbounded when a time is set.</summary>
    public static long Iterations(long iterations) => Seconds > 0 ? -1 : iterations;
}
