namespace ExecPlan.Cli;

/// <summary>The long option names, for the option definitions and for messages that tell the user which option to use.</summary>
internal static class OptionNames
{
    public const string Format = "--format";
    public const string Output = "--output";
    public const string Level = "--level";
    public const string Schema = "--schema";
    public const string Config = "--config";
    public const string Root = "--root";
    public const string DryRun = "--dry-run";
    public const string Diff = "--diff";
    public const string Rule = "--rule";
    public const string UnsafeFixes = "--unsafe-fixes";
    public const string To = "--to";
    public const string Owner = "--owner";
    public const string Rename = "--rename";
    public const string Quiet = "--quiet";
    public const string StdinPath = "--stdin-path";
    public const string MaxWarnings = "--max-warnings";
    public const string Baseline = "--baseline";
    public const string Prune = "--prune";
}
