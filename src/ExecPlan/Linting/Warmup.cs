using ExecPlan.Configuration;
using ExecPlan.Rules;
using ExecPlan.Schema.Generated;
using ExecPlan.Secrets;

namespace ExecPlan.Linting;

/// <summary>
/// Warms up, on a pool thread, what every lint needs: the secret rule set (read from its YAML; its patterns come compiled
/// by the source generator), the rule instances, and the parser and rules themselves (by linting the standard template, which compiles
/// their code). The first real file is linted meanwhile, so on a machine with a spare core a run over a few plans no
/// longer pays for all of it in series. Once per process.
/// </summary>
internal static class Warmup
{
    private static int started;

    public static void Start()
    {
        if (Interlocked.Exchange(ref started, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Load(), null);
        }
    }

    private static void Load()
    {
        // Nothing here can fail the run: the same loads happen again on the linting thread, which reports any failure.
        try
        {
            _ = SecretScanner.Default;
            _ = Schema.PlanSchemas.All;
            FileLinter.LintText("PLAN.md", Templates.Standard.Text, ExecPlanConfig.Default, ExecPlanConfig.Default.LevelInForce, TimeProvider.System, new RepositoryInfo(null, []), CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
        }
    }
}
