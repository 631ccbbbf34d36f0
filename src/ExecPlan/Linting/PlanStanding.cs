using ExecPlan.Configuration;

namespace ExecPlan.Linting;

/// <summary>
/// Where one file stands, as a run over it would resolve it (<see cref="LintScope"/>, then the nearest configuration): what an editor
/// or an agent asks of a document before it lints it.
/// </summary>
/// <param name="Root">The repository root the run would use.</param>
/// <param name="InRepository">Whether a repository was found (a `.git`, a configuration, or the caller's root); when not, the root
/// is only the file's own folder and nothing but the file itself should be linted.</param>
/// <param name="IsPlan">Whether discovery from the root finds the file (<see cref="PlanDiscovery.IsPlan"/>).</param>
/// <param name="Config">The configuration that applies to the file, with the settings' overrides.</param>
/// <param name="ConfigFile">The configuration file that applies, or null for the defaults.</param>
public sealed record PlanStanding(string Root, bool InRepository, bool IsPlan, ExecPlanConfig Config, string? ConfigFile)
{
    /// <summary>Resolves the standing of <paramref name="path"/> (relative to the settings' working directory; it need not exist).</summary>
    public static PlanStanding Resolve(LintSettings settings, string path)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path, Path.GetFullPath(settings.WorkingDirectory));
        var scope = LintScope.Resolve(settings, full);
        var inRepository = settings.RootDirectory is not null || scope.Config.FilePath is not null || RepositoryRoot.Find(Path.GetDirectoryName(full) ?? full) is not null;
        var config = new PlanConfigs(scope.Root, scope.Config, settings).For(full);
        return new PlanStanding(scope.Root, inRepository, PlanDiscovery.IsPlan(full, scope.Config, scope.Root), config, config.FilePath);
    }
}
