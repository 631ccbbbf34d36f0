namespace ExecPlan.Cli;

/// <summary>One command's arguments: options by long name (`--format`), and positionals in order.</summary>
internal sealed class ParsedArguments
{
    /// <summary>The positional arguments, in order.</summary>
    public List<string> Positionals { get; } = [];

    /// <summary>Options given with their values; flags map to an empty string.</summary>
    public Dictionary<string, string> Options { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether `--help` or `-h` was given.</summary>
    public bool WantsHelp => Options.ContainsKey(OptionNames.Help);

    /// <summary>The value of an option, or null when absent.</summary>
    public string? Get(string name) => Options.TryGetValue(name, out var value) ? value : null;
}
