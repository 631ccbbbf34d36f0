using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using ExecPlan.Schema;

namespace ExecPlan.Configuration;

/// <summary>A repository's `.execplan.yaml`: level, rule severities, globs, extra sections and limits.</summary>
public sealed record ExecPlanConfig
{
    /// <summary>The default configuration, used when no file is found.</summary>
    public static ExecPlanConfig Default { get; } = new();

    /// <summary>The redaction of the secrets found in the configuration file itself, applied to every finding that quotes it.</summary>
    internal Rules.Secrets.SecretRedaction Redaction { get; init; } = Rules.Secrets.SecretRedaction.None;

    /// <summary>The file this configuration was read from, or null for the default.</summary>
    public string? FilePath { get; init; }

    /// <summary>The plan format (`schema:`); null means the default, ExecPlan.</summary>
    public PlanSchema? Schema { get; init; }

    /// <summary>The plan format in force: the chosen one, else the default.</summary>
    public PlanSchema SchemaInForce => Schema ?? PlanSchemas.ExecPlan;

    /// <summary>The conformance level's name (`level:`); null means the schema's default level.</summary>
    public string? Level { get; init; }

    /// <summary>The conformance level in force: the chosen one of the schema in force, else its default.</summary>
    public PlanLevel LevelInForce => SchemaInForce.LevelOrDefault(Level);

    /// <summary>Per-rule severity overrides by rule ID.</summary>
    public ImmutableDictionary<string, Severity> RuleSeverities { get; init; } = ImmutableDictionary<string, Severity>.Empty;

    /// <summary>Extra discovery globs, relative to the root.</summary>
    public ImmutableArray<string> Include { get; init; } = [];

    /// <summary>Globs excluded from discovery, relative to the root.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];

    /// <summary>H2 titles allowed besides the schema's sections and extras.</summary>
    public ImmutableArray<string> ExtraSections { get; init; } = [];

    /// <summary>
    /// Files larger than this many bytes are skipped with EXP0003. 1 MiB by default: about 250,000 tokens, more than an agent can
    /// reread, fifty times the largest plan in the corpus, and the size up to which any text lints within a second (what a build
    /// step may cost); larger files cost more, in proportion.
    /// </summary>
    public long MaxFileSize { get; init; } = 1024 * 1024;

    /// <summary>
    /// Whether a file is linted as a plan even when none of its sections is the format's (no EXP0215): set by the run for a file
    /// its baseline holds findings of as a plan, so that a baselined file does not turn into one new error on an upgrade.
    /// </summary>
    internal bool ReadAsPlan { get; init; }

    /// <summary>The age after which an IN_PROGRESS plan is stale (EXP0311), or null.</summary>
    public TimeSpan? StaleAfter { get; init; }

    /// <summary>The `metrics:` thresholds (EXP0508 and the status board's targets); none by default.</summary>
    public MetricThresholds Metrics { get; init; } = MetricThresholds.None;

    /// <summary>The repository root named by the `root` key, as a full path resolved against the config file's folder; null when absent.</summary>
    public string? Root { get; init; }

    /// <summary>The baseline file named by the `baseline` key, as a full path resolved against the config file's folder; null when absent.</summary>
    /// <remarks>Only the run's configuration (the one at the root or given explicitly) names the baseline: one file covers the repository.</remarks>
    public string? Baseline { get; init; }

    /// <summary>The severity a rule has under this configuration: its override, else its default.</summary>
    public Severity SeverityOf(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return RuleSeverities.TryGetValue(rule.Id, out var severity) ? severity : rule.DefaultSeverity;
    }
}
