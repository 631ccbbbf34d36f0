using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.Configuration;

/// <summary>The list and mapping keys: rules, include, exclude and extra_sections.</summary>
internal sealed partial class ConfigReader
{
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
}
