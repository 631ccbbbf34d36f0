namespace ExecPlan.Cli;

/// <summary>The long option names the commands accept, and their one-letter aliases.</summary>
internal static class OptionNames
{
    public const string Help = "--help";
    public const string Version = "--version";
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

    /// <summary>Short aliases: `-h`, `-f`, `-o`, `-c`.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["-h"] = Help,
        ["-f"] = Format,
        ["-o"] = Output,
        ["-c"] = Config,
    };
}
