using ExecPlan.Linting;

namespace ExecPlan.Hardness.Tests;

/// <summary>The linter the hardness tests run over a temp folder.</summary>
internal static class TempFolderLinter
{
    /// <summary>A linter rooted at <paramref name="folder"/> with a fixed clock; <paramref name="budget"/> is the per-file time budget.</summary>
    public static PlanLinter Linter(this TempFolder folder, TimeSpan? budget = null) => new(new LintSettings
    {
        Clock = new FixedClock(),
        RootDirectory = folder.Path,
        WorkingDirectory = folder.Path,
        FileTimeBudget = budget ?? TimeSpan.FromSeconds(10),
    });
}
