namespace ExecPlan.Configuration;

/// <summary>The keys of `.execplan.yaml`.</summary>
internal static class ConfigKeys
{
    public const string Schema = "schema";
    public const string Level = "level";
    public const string Rules = "rules";
    public const string Include = "include";
    public const string Exclude = "exclude";
    public const string ExtraSections = "extra_sections";
    public const string MaxFileSize = "max_file_size";
    public const string StaleAfter = "stale_after";
    public const string Root = "root";
    public const string Baseline = "baseline";
    public const string Metrics = "metrics";

    /// <summary>The keys of the `metrics:` mapping, in the order the help text lists them.</summary>
    public static class MetricKeys
    {
        public const string ExternalDependencies = "external_dependencies";
        public const string AcceptanceVerifiability = "acceptance_verifiability";
        public const string EvidenceCoverage = "evidence_coverage";
        public const string LivingFreshness = "living_freshness";

        /// <summary>Every key of `metrics:`.</summary>
        public static readonly string[] All = [ExternalDependencies, AcceptanceVerifiability, EvidenceCoverage, LivingFreshness];
    }

    /// <summary>Every key, in the order the help text lists them.</summary>
    public static readonly string[] All = [Schema, Level, Rules, Include, Exclude, ExtraSections, MaxFileSize, StaleAfter, Root, Baseline, Metrics];
}
