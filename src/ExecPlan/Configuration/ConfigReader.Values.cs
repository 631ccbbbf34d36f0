using ExecPlan.Schema;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.Configuration;

/// <summary>The single-value keys: schema, level, max_file_size, stale_after, root and baseline.</summary>
internal sealed partial class ConfigReader
{
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

    private ExecPlanConfig ReadSchema(ExecPlanConfig config, YamlScalarNode node, string text)
    {
        if (PlanSchemas.Find(text) is { } schema)
        {
            return config with { Schema = schema };
        }

        Report(node, $"'{text}' is not a plan format; use {string.Join(" or ", PlanSchemas.All.Select(s => s.Key))}");
        return config;
    }

    private ExecPlanConfig ReadLevel(ExecPlanConfig config, YamlScalarNode node, string text)
    {
        if (PlanSchemas.FindLevelName(text) is { } level)
        {
            return config with { Level = level };
        }

        Report(node, $"'{text}' is not a conformance level; use {string.Join(" or ", PlanSchemas.LevelNames)}");
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
        if (ResolvePath(node, text) is not { } root)
        {
            return config;
        }

        if (!Directory.Exists(root))
        {
            Report(node, $"the root folder '{text}' does not exist");
            return config;
        }

        return config with { Root = root };
    }

    // A path value, resolved against the configuration file's folder; an invalid one is reported at its value.
    private string? ResolvePath(YamlScalarNode node, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty;
        try
        {
            return Path.GetFullPath(Path.Combine(folder, text));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Report(node, $"'{text}' is not a valid path");
            return null;
        }
    }

    // The baseline file need not exist yet (`execplan baseline` writes it); a folder cannot be one.
    private ExecPlanConfig ReadBaseline(ExecPlanConfig config, YamlScalarNode node, string text)
    {
        if (ResolvePath(node, text) is not { } file)
        {
            return config;
        }

        if (text.Length == 0 || Directory.Exists(file) || Path.EndsInDirectorySeparator(text))
        {
            Report(node, $"the baseline '{text}' must name a file, not a folder");
            return config;
        }

        return config with { Baseline = file };
    }
}
