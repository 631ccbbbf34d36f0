using System.Collections.Immutable;
using ExecPlan.Configuration;

namespace ExecPlan.Linting;

/// <summary>Finds the plans under a folder: PLAN.md, plans/**/*.md (but README.md), **/*-PLAN.md; skips bin, obj, node_modules and .git; applies the config's include and exclude globs.</summary>
public static class PlanDiscovery
{
    /// <summary>The plan files under <paramref name="folder"/>, full paths in ordinal order.</summary>
    public static ImmutableArray<string> Discover(string folder, ExecPlanConfig config) => throw new NotImplementedException();
}
