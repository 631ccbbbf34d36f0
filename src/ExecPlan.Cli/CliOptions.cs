using System.CommandLine;
using ExecPlan.Linting;
using ExecPlan.Output;
using ExecPlan.Schema;

namespace ExecPlan.Cli;

/// <summary>
/// The options the commands share, made fresh for each command (a System.CommandLine symbol belongs to one parent). Values that
/// the engine or schema data define (formats, levels, plan formats) are described and completed from that data, never from
/// hand-written lists; they are checked by the commands, whose messages name the accepted values.
/// </summary>
internal static class CliOptions
{
    // Descriptions that need the schema or engine data, filled in only when help is shown: loading the schemas costs start-up
    // that `--version`, `[suggest]` and a lint of another format should not pay. Weak keys: a tree is made per run.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Symbol, Func<string>> LazyDescriptions = [];

    /// <summary>Gives <paramref name="symbol"/> a description computed when help is shown.</summary>
    public static T Describe<T>(T symbol, Func<string> description)
        where T : Symbol
    {
        LazyDescriptions.AddOrUpdate(symbol, description);
        return symbol;
    }

    /// <summary>Fills in the lazy descriptions of <paramref name="command"/>, its options, arguments and subcommands.</summary>
    public static void FillDescriptions(Command command)
    {
        IEnumerable<Symbol> symbols = [command, .. command.Options, .. command.Arguments, .. command.Subcommands];
        foreach (var symbol in symbols)
        {
            if (LazyDescriptions.TryGetValue(symbol, out var description))
            {
                symbol.Description = description();
            }
        }
    }

    /// <summary>The plan paths: files, folders (default: the current folder).</summary>
    public static Argument<string[]> Paths() => new("PATH")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "Plan files and folders (default: the current folder).",
    };

    /// <summary>`--level LEVEL`, completed from the schema's level names.</summary>
    public static Option<string?> Level()
    {
        var option = new Option<string?>(OptionNames.Level) { HelpName = "LEVEL" };
        option.CompletionSources.Add(_ => PlanSchemas.LevelNames);
        return Describe(option, () => $"{Or(PlanSchemas.LevelNames)} (overrides the config).");
    }

    /// <summary>`--schema FORMAT`, completed from the plan formats the engine knows.</summary>
    public static Option<string?> Schema(Func<string> description)
    {
        var option = new Option<string?>(OptionNames.Schema) { HelpName = "FORMAT" };
        option.CompletionSources.Add(_ => PlanSchemas.All.Select(s => s.Key));
        return Describe(option, description);
    }

    /// <summary>The plan formats in words: "execplan (default) or cookbook".</summary>
    public static string SchemaNames(bool withDefault) =>
        Or(PlanSchemas.All.Select((s, i) => withDefault && i == 0 ? s.Key + " (default)" : s.Key).ToList());

    /// <summary>`-c, --config FILE`.</summary>
    public static Option<string?> Config() => new(OptionNames.Config, "-c")
    {
        HelpName = "FILE",
        Description = "Use this config file instead of searching for .execplan.yaml.",
    };

    /// <summary>`--root DIR`.</summary>
    public static Option<string?> Root() => new(OptionNames.Root)
    {
        HelpName = "DIR",
        Description = "The repository root (default: the nearest folder holding .git).",
    };

    /// <summary>`--dry-run` (alias `--diff`).</summary>
    public static Option<bool> DryRun() => new(OptionNames.DryRun, OptionNames.Diff)
    {
        Description = "Change nothing; print the changes as a unified diff.",
    };

    /// <summary>`-f, --format FORMAT` with the given values, the first the default.</summary>
    public static Option<string?> Format(IReadOnlyList<string> values, string? extra = null)
    {
        var option = new Option<string?>(OptionNames.Format, "-f")
        {
            HelpName = "FORMAT",
            Description = Or(values.Select((v, i) => i == 0 ? v + " (default)" : v).ToList()) + (extra is null ? "." : $" {extra}."),
        };
        option.CompletionSources.Add([.. values]);
        return option;
    }

    /// <summary>Values joined as words: "a, b or c".</summary>
    public static string Or(IReadOnlyList<string> values) => values.Count <= 1
        ? string.Concat(values)
        : $"{string.Join(", ", values.Take(values.Count - 1))} or {values[^1]}";

    /// <summary>
    /// The paths argument as full paths, the current folder when none is given; a glob (quoted, so the shell left it alone, or
    /// one the shell could not expand) becomes the files it matches. A path that exists is taken as it is, wildcards or not.
    /// </summary>
    public static ResolvedPaths ResolvePaths(string[]? paths, CliContext context)
    {
        var resolved = new List<string>();
        foreach (var path in paths is null || paths.Length == 0 ? ["."] : paths)
        {
            var full = context.Resolve(path);
            if (!PlanDiscovery.IsGlob(path) || File.Exists(full) || Directory.Exists(full))
            {
                resolved.Add(full);
                continue;
            }

            var matches = PlanDiscovery.Expand(path, context.WorkingDirectory);
            if (matches.IsEmpty)
            {
                return new ResolvedPaths(resolved, path);
            }

            resolved.AddRange(matches);
        }

        return new ResolvedPaths(resolved, null);
    }

    /// <summary>Says on standard error that a path or glob names nothing; the caller exits 2.</summary>
    public static int NotFound(ResolvedPaths resolved, CliContext context)
    {
        if (resolved.UnmatchedGlob is { } glob)
        {
            context.Stderr.WriteLine($"execplan: no file matches '{ControlCharacters.Escape(glob)}'");
        }
        else
        {
            var missing = resolved.Paths.First(p => !File.Exists(p) && !Directory.Exists(p));
            context.Stderr.WriteLine($"execplan: path not found: {ControlCharacters.Escape(missing)}");
        }

        return ExitCodes.Failure;
    }
}

/// <summary>The command's paths as full paths, and the first glob that matched no file (null: every glob matched).</summary>
/// <param name="Paths">Full paths: the files and folders given, and the files the globs matched.</param>
/// <param name="UnmatchedGlob">The glob, as given, that matched nothing.</param>
internal sealed record ResolvedPaths(List<string> Paths, string? UnmatchedGlob)
{
    /// <summary>Whether a glob matched nothing or a path names nothing.</summary>
    public bool HasMissing => UnmatchedGlob is not null || Paths.Any(p => !File.Exists(p) && !Directory.Exists(p));
}
