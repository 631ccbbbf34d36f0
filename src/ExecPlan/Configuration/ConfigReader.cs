using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.Configuration;

/// <summary>Turns the text of one `.execplan.yaml` into an <see cref="ExecPlanConfig"/>, reporting each bad node as EXP0007 and keeping the rest.</summary>
/// <param name="path">The file the text came from; findings are located there.</param>
internal sealed class ConfigReader(string path)
{
    private readonly List<Diagnostic> diagnostics = [];

    /// <summary>Reads the text; never throws for bad input.</summary>
    public (ExecPlanConfig Config, ImmutableArray<Diagnostic> Diagnostics) Read(string text)
    {
        var config = ExecPlanConfig.Default with { FilePath = path };
        var root = Load(text);
        if (root is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                config = ReadEntry(config, key, value);
            }
        }
        else if (root is not null && !YamlValues.IsNull(root))
        {
            Report(root, "the file must be a mapping of keys to values");
        }

        return (config, [.. diagnostics]);
    }

    private YamlNode? Load(string text)
    {
        var stream = new YamlStream();
        try
        {
            if (!new YamlEventScan(path, diagnostics).Accepts(text))
            {
                return null;
            }

            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            diagnostics.Add(ConfigFinding.AtMarks(path, exception.Start, exception.End, "YAML syntax error: " + YamlValues.Describe(exception)));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            Report(stream.Documents[1].RootNode, "the file must hold a single YAML document");
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private ExecPlanConfig ReadEntry(ExecPlanConfig config, YamlNode key, YamlNode value)
    {
        if (key is not YamlScalarNode { Value: { } name })
        {
            Report(key, "keys must be plain text");
            return config;
        }

        return name switch
        {
            ConfigKeys.Level => ReadScalar(name, value, config, ReadLevel),
            ConfigKeys.Rules => ReadRules(config, value),
            ConfigKeys.Include => config with { Include = ReadGlobs(value, name, config.Include) },
            ConfigKeys.Exclude => config with { Exclude = ReadGlobs(value, name, config.Exclude) },
            ConfigKeys.ExtraSections => config with { ExtraSections = ReadList(value, name, config.ExtraSections) },
            ConfigKeys.MaxFileSize => ReadScalar(name, value, config, ReadMaxFileSize),
            ConfigKeys.StaleAfter => ReadScalar(name, value, config, ReadStaleAfter),
            ConfigKeys.Root => ReadScalar(name, value, config, ReadRoot),
            _ => Unknown(config, key, name),
        };
    }

    private ExecPlanConfig Unknown(ExecPlanConfig config, YamlNode key, string name)
    {
        Report(key, $"unknown key '{name}'; valid keys are {string.Join(", ", ConfigKeys.All)}");
        return config;
    }

    private ExecPlanConfig ReadScalar(string key, YamlNode value, ExecPlanConfig config, Func<ExecPlanConfig, YamlScalarNode, string, ExecPlanConfig> read)
    {
        if (YamlValues.IsNull(value))
        {
            return config;
        }

        if (value is not YamlScalarNode { Value: { } text } scalar)
        {
            Report(value, $"'{key}' takes a single value, not a list or mapping");
            return config;
        }

        return read(config, scalar, text);
    }

    private ExecPlanConfig ReadLevel(ExecPlanConfig config, YamlScalarNode node, string text)
    {
        if (ConformanceLevelValues.TryParse(text, out var level))
        {
            return config with { Level = level };
        }

        Report(node, $"'{text}' is not a conformance level; use {string.Join(" or ", ConformanceLevelValues.All)}");
        return config;
    }

    private ExecPlanConfig ReadMaxFileSize(ExecPlanConfig config, YamlScalarNode node, string text)
    {
        if (ByteSize.TryParse(text, out var bytes))
        {
            return config with { MaxFileSize = bytes };
        }

        Report(node, $"'{text}' is not a size; write bytes (4194304) or a size such as 4MiB or 512KB");
        return config;
    }

    private ExecPlanConfig ReadStaleAfter(ExecPlanConfig config, YamlScalarNode node, string text)
    {
        if (Age.TryParse(text, out var age))
        {
            return config with { StaleAfter = age };
        }

        Report(node, $"'{text}' is not an age; write a number of days, hours or minutes such as 7d, 12h or 30m");
        return config;
    }

    private ExecPlanConfig ReadRoot(ExecPlanConfig config, YamlScalarNode node, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty;
        string root;
        try
        {
            root = Path.GetFullPath(Path.Combine(folder, text));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Report(node, $"'{text}' is not a valid path");
            return config;
        }

        if (!Directory.Exists(root))
        {
            Report(node, $"the root folder '{text}' does not exist");
            return config;
        }

        return config with { Root = root };
    }

    private ExecPlanConfig ReadRules(ExecPlanConfig config, YamlNode value)
    {
        if (YamlValues.IsNull(value))
        {
            return config;
        }

        if (value is not YamlMappingNode mapping)
        {
            Report(value, "'rules' must be a mapping of rule IDs to error, warning, info or off");
            return config;
        }

        var severities = config.RuleSeverities.ToBuilder();
        foreach (var (key, severity) in mapping.Children)
        {
            if (FindRule(key) is { } rule && ReadSeverity(rule, severity) is { } parsed)
            {
                severities[rule.Id] = parsed;
            }
        }

        return config with { RuleSeverities = severities.ToImmutable() };
    }

    private RuleDescriptor? FindRule(YamlNode key)
    {
        var text = (key as YamlScalarNode)?.Value ?? string.Empty;
        var rule = RuleCatalog.Find(text) ?? RuleCatalog.All.FirstOrDefault(r => string.Equals(r.Name, text, StringComparison.Ordinal));
        if (rule is null)
        {
            Report(key, $"unknown rule '{text}'");
        }

        return rule;
    }

    private Severity? ReadSeverity(RuleDescriptor rule, YamlNode value)
    {
        var text = (value as YamlScalarNode)?.Value;
        if (SeverityText.TryParse(text, out var severity))
        {
            return severity;
        }

        Report(value, $"'{text}' is not a severity for {rule.Id}; use error, warning, info or off");
        return null;
    }

    private ImmutableArray<string> ReadGlobs(YamlNode value, string key, ImmutableArray<string> current)
    {
        var globs = ReadList(value, key, current);
        foreach (var item in ((value as YamlSequenceNode)?.Children ?? []).OfType<YamlScalarNode>())
        {
            if (item.Value is { } glob && !Linting.Glob.IsRelative(glob))
            {
                Report(item, $"'{glob}' must be a glob relative to the root, without '..'");
                globs = globs.Remove(glob);
            }
        }

        return globs;
    }

    private ImmutableArray<string> ReadList(YamlNode value, string key, ImmutableArray<string> current)
    {
        if (YamlValues.IsNull(value))
        {
            return current;
        }

        if (value is not YamlSequenceNode sequence)
        {
            Report(value, $"'{key}' must be a list");
            return current;
        }

        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text } && !YamlValues.IsNull(item))
            {
                items.Add(text);
            }
            else
            {
                Report(item, $"each item of '{key}' must be non-empty text");
            }
        }

        return items.ToImmutable();
    }

    private void Report(YamlNode node, string reason) => diagnostics.Add(ConfigFinding.AtNode(path, node, reason));
}
