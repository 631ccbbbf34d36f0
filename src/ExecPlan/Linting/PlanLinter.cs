using System.Collections.Immutable;

namespace ExecPlan.Linting;

/// <summary>The one entry point of the engine: lints files and folders with the given settings.</summary>
/// <param name="settings">What the caller asks of the run.</param>
public sealed class PlanLinter(LintSettings settings)
{
    /// <summary>The settings of this linter.</summary>
    public LintSettings Settings { get; } = settings;

    /// <summary>Lints each path: a file is always linted, a folder is searched for plans (see <c>PlanDiscovery</c>).</summary>
    public LintRun Lint(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        cancellationToken.ThrowIfCancellationRequested();
        return new LintRun([], []); // The engine lands with the foundation; this keeps callers compiling.
    }
}
