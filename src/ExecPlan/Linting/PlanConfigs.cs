using System.Collections.Immutable;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Rules.Secrets;

namespace ExecPlan.Linting;

/// <summary>
/// The configuration of each plan of a run: the nearest `.execplan.yaml` between the plan's folder and the root wins (a folder of
/// legacy cookbook plans can say `schema: cookbook` while the rest of the repository keeps the default); without one, the run's
/// configuration. An explicit configuration file (`--config`) applies to every plan. The command line's and the build's
/// settings (schema, level) override any file.
/// </summary>
internal sealed class PlanConfigs
{
    private readonly string _root;
    private readonly ExecPlanConfig _runConfig;
    private readonly bool _explicit;
    private readonly Schema.PlanSchema? _schema;
    private readonly string? _level;
    private readonly Dictionary<string, ExecPlanConfig> _byFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExecPlanConfig> _byFile = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = [];

    public PlanConfigs(string root, ExecPlanConfig runConfig, LintSettings settings)
    {
        _root = Path.TrimEndingDirectorySeparator(root);
        _explicit = settings.ConfigFile is not null;
        _schema = settings.Schema;
        _level = settings.Level;
        _runConfig = WithSettings(runConfig);
        if (runConfig.FilePath is { } path)
        {
            _byFile[Path.GetFullPath(path)] = _runConfig;
        }
    }

    /// <summary>The findings of the nested configuration files read so far (the run's own are reported by the caller).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The redaction of the secrets found in every nested configuration file read so far.</summary>
    public SecretRedaction Redaction => _byFile.Values.Aggregate(SecretRedaction.None, (all, config) => all.With(config.Redaction));

    /// <summary>The configuration that applies to <paramref name="plan"/> (a full path), with the settings' overrides.</summary>
    public ExecPlanConfig For(string plan) => _explicit ? _runConfig : Nearest(Path.GetDirectoryName(plan));

    /// <summary>The run's configuration with the settings' overrides (plans held in memory).</summary>
    public ExecPlanConfig Run => _runConfig;

    private ExecPlanConfig Nearest(string? folder)
    {
        if (folder is null || !IsUnderRoot(folder))
        {
            return _runConfig;
        }

        if (_byFolder.TryGetValue(folder, out var known))
        {
            return known;
        }

        var candidate = Path.Combine(folder, ConfigLoader.FileName);
        var found = File.Exists(candidate) ? Load(candidate)
            : string.Equals(Path.TrimEndingDirectorySeparator(folder), _root, StringComparison.Ordinal) ? _runConfig
            : Nearest(Path.GetDirectoryName(folder));
        _byFolder[folder] = found;
        return found;
    }

    private bool IsUnderRoot(string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        return string.Equals(trimmed, _root, StringComparison.Ordinal)
            || trimmed.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private ExecPlanConfig Load(string path)
    {
        if (!_byFile.TryGetValue(path, out var config))
        {
            ImmutableArray<Diagnostic> found;
            (config, found) = ConfigLoader.Load(path);
            _diagnostics.AddRange(found);
            config = WithSettings(config);
            _byFile[path] = config;
        }

        return config;
    }

    // The command line's and the build's overrides win over every file (applied once per file read, not per plan).
    private ExecPlanConfig WithSettings(ExecPlanConfig config) =>
        (_schema is null || ReferenceEquals(config.Schema, _schema)) && (_level is null || config.Level == _level)
            ? config
            : config with { Schema = _schema ?? config.Schema, Level = _level ?? config.Level };
}
