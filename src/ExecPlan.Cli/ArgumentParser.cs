namespace ExecPlan.Cli;

/// <summary>Hand-rolled parsing of one command's arguments: `--name value`, `--name=value`, flags, `--` and short aliases.</summary>
/// <param name="valueOptions">Options that take a value.</param>
/// <param name="flags">Options that take none (help is always accepted).</param>
/// <param name="repeatable">Value options that may be given more than once; their values are joined with commas.</param>
internal sealed class ArgumentParser(IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flags, IReadOnlyCollection<string>? repeatable = null)
{
    /// <summary>Parses the arguments; throws <see cref="UsageException"/> on unknown, repeated or valueless options.</summary>
    public ParsedArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new ParsedArguments();
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || arg.Length < 2 || arg[0] != '-')
            {
                parsed.Positionals.Add(arg);
            }
            else if (arg == "--")
            {
                onlyPositionals = true;
            }
            else
            {
                i = ReadOption(args, i, parsed);
            }
        }

        return parsed;
    }

    private int ReadOption(IReadOnlyList<string> args, int index, ParsedArguments parsed)
    {
        var arg = args[index];
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        var name = equals > 0 ? arg[..equals] : arg;
        name = OptionNames.Aliases.TryGetValue(name, out var alias) ? alias : name;
        string value;
        if (valueOptions.Contains(name))
        {
            if (equals > 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (index + 1 < args.Count)
            {
                value = args[++index];
            }
            else
            {
                throw new UsageException($"option '{name}' needs a value");
            }
        }
        else if ((name == OptionNames.Help || flags.Contains(name)) && equals < 0)
        {
            value = string.Empty;
        }
        else
        {
            throw new UsageException($"unknown option '{arg}'");
        }

        if (!parsed.Options.TryAdd(name, value))
        {
            if (repeatable?.Contains(name) == true)
            {
                parsed.Options[name] += "," + value;
                return index;
            }

            throw new UsageException($"option '{name}' is given more than once");
        }

        return index;
    }
}
