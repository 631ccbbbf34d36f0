using ExecPlan.Linting;

namespace ExecPlan.Cli.Mcp;

/// <summary>What every tool call runs against: the repository root the server was started for, its config file and clock.</summary>
/// <param name="Root">The repository root, a full path: plans are read and written under it only, and relative paths resolve against it.</param>
/// <param name="ConfigFile">An explicit config file (`--config`), or null to search `.execplan.yaml` as lint does.</param>
/// <param name="Clock">The clock lint and new plans measure time against.</param>
internal sealed record ServerContext(string Root, string? ConfigFile, TimeProvider Clock)
{
    /// <summary>The lint settings of one call, as `execplan lint --root ROOT` run in the root would have them; <paramref name="input"/> is a plan given as text.</summary>
    public LintSettings Settings(PlanInput? input = null) => new()
    {
        RootDirectory = Root,
        WorkingDirectory = Root,
        ConfigFile = ConfigFile,
        Clock = Clock,
        Input = input,
    };

    /// <summary>
    /// The lint settings of a call about one plan in its repository: only <paramref name="plan"/> is linted, from
    /// <paramref name="text"/> when given, and the repository's other plans are read for their ids (a copied id is EXP0109).
    /// </summary>
    public LintSettings FocusedSettings(string plan, string? text) => new()
    {
        RootDirectory = Root,
        WorkingDirectory = Root,
        ConfigFile = ConfigFile,
        Clock = Clock,
        Overlays = text is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { [plan] = text },
        Focus = new HashSet<string>([plan], StringComparer.Ordinal),
    };

    /// <summary>A path as the agent gave it, relative to the root with '/', for results.</summary>
    public string Relative(string fullPath) => Output.ReportPath.Relative(fullPath, Root);
}
