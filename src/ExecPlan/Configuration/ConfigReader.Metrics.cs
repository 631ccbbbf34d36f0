using System.Globalization;
using YamlDotNet.RepresentationModel;
using Keys = ExecPlan.Configuration.ConfigKeys.MetricKeys;

namespace ExecPlan.Configuration;

/// <summary>The `metrics:` mapping: one threshold per evaluation metric, each checked for its type and range.</summary>
internal sealed partial class ConfigReader
{
    private ExecPlanConfig ReadMetrics(ExecPlanConfig config, YamlNode value)
    {
        if (YamlValues.IsNull(value))
        {
            return config;
        }

        if (value is not YamlMappingNode mapping)
        {
            Report(value, $"'{ConfigKeys.Metrics}' must be a mapping of {string.Join(", ", Keys.All)} to thresholds");
            return config;
        }

        var thresholds = config.Metrics;
        foreach (var (key, threshold) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (YamlValues.IsNull(threshold))
            {
                continue;
            }

            if (threshold is not YamlScalarNode { Value: { } text } scalar)
            {
                Report(threshold, $"'{ConfigKeys.Metrics}.{name}' takes a single value, not a list or mapping");
                continue;
            }

            thresholds = name switch
            {
                Keys.ExternalDependencies => Count(scalar, text) is { } count ? thresholds with { ExternalDependencies = count } : thresholds,
                Keys.AcceptanceVerifiability => Ratio(scalar, name, text) is { } ratio ? thresholds with { AcceptanceVerifiability = ratio } : thresholds,
                Keys.EvidenceCoverage => Ratio(scalar, name, text) is { } ratio ? thresholds with { EvidenceCoverage = ratio } : thresholds,
                Keys.LivingFreshness => Freshness(scalar, text) is { } age ? thresholds with { LivingFreshness = age } : thresholds,
                _ => UnknownMetric(key, name, thresholds),
            };
        }

        return config with { Metrics = thresholds };
    }

    private int? Count(YamlScalarNode node, string text)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        Report(node, $"'{text}' is not a count for '{ConfigKeys.Metrics}.{Keys.ExternalDependencies}'; write a whole number of 0 or more");
        return null;
    }

    private double? Ratio(YamlScalarNode node, string name, string text)
    {
        if (double.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ratio) && ratio is >= 0 and <= 1)
        {
            return ratio;
        }

        Report(node, $"'{text}' is not a ratio for '{ConfigKeys.Metrics}.{name}'; write a number from 0 to 1, such as 0.8");
        return null;
    }

    private TimeSpan? Freshness(YamlScalarNode node, string text)
    {
        if (Age.TryParse(text, out var age))
        {
            return age;
        }

        Report(node, $"'{text}' is not an age for '{ConfigKeys.Metrics}.{Keys.LivingFreshness}'; write minutes, hours or days such as 15m, 2h or 1d");
        return null;
    }

    private MetricThresholds UnknownMetric(YamlNode key, string name, MetricThresholds thresholds)
    {
        Report(key, $"unknown metric '{name}' in '{ConfigKeys.Metrics}'; valid metrics are {string.Join(", ", Keys.All)}");
        return thresholds;
    }
}
