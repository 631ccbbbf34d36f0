using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.Configuration;

/// <summary>Turns the text of one `.execplan.yaml` into an <see cref="ExecPlanConfig"/>, reporting each bad node as EXP0007 and keeping the rest.</summary>
/// <param name="path">The file the text came from; findings are located there.</param>
internal sealed partial class ConfigReader(string path)
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
        if (YamlFlowDepth.FirstTooDeep(text) is var deep and >= 0)
        {
            var (line, column) = YamlFlowDepth.PositionOf(text, deep);
            diagnostics.Add(ConfigFinding.At(path, SourceSpan.At(line, column), $"'[' and '{{' nest more than {YamlFlowDepth.Max} levels deep"));
            return null;
        }

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
            var reason = "YAML syntax error: " + YamlValues.Describe(exception);
            diagnostics.Add(YamlErrorPosition.Find(text, exception) is { } at
                ? ConfigFinding.At(path, SourceSpan.At(at.Line, at.Column), reason)
                : ConfigFinding.AtMarks(path, YamlMarks.InText(text, exception.Start), YamlMarks.InText(text, exception.End), reason));
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet reports some malformed input with plain exceptions and no position: an unclosed bracket when it is one,
            // else the file start.
            var at = YamlErrorPosition.Find(text, exception);
            var span = at is { } found ? SourceSpan.At(found.Line, found.Column) : SourceSpan.FileStart;
            diagnostics.Add(ConfigFinding.At(path, span, "YAML syntax error: " + (at?.Reason ?? "the file is malformed")));
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
            ConfigKeys.Schema => ReadScalar(name, value, config, ReadSchema),
            ConfigKeys.Level => ReadScalar(name, value, config, ReadLevel),
            ConfigKeys.Rules => ReadRules(config, value),
            ConfigKeys.Include => config with { Include = ReadGlobs(value, name, config.Include) },
            ConfigKeys.Exclude => config with { Exclude = ReadGlobs(value, name, config.Exclude) },
            ConfigKeys.ExtraSections => config with { ExtraSections = ReadList(value, name, config.ExtraSections) },
            ConfigKeys.MaxFileSize => ReadScalar(name, value, config, ReadMaxFileSize),
            ConfigKeys.StaleAfter => ReadScalar(name, value, config, ReadStaleAfter),
            ConfigKeys.Root => ReadScalar(name, value, config, ReadRoot),
            ConfigKeys.Baseline => ReadScalar(name, value, config, ReadBaseline),
            ConfigKeys.Metrics => ReadMetrics(config, value),
            _ => Unknown(config, key, name),
        };
    }

    private ExecPlanConfig Unknown(ExecPlanConfig config, YamlNode key, string name)
    {
        Report(key, $"unknown key '{name}'; valid keys are {string.Join(", ", ConfigKeys.All)}");
        return config;
    }

    private void Report(YamlNode node, string reason) => diagnostics.Add(ConfigFinding.AtNode(path, node, reason));
}
