using ExecPlan.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ExecPlan.Configuration;

/// <summary>A first pass over the YAML events that refuses what could hurt the loader: aliases (no expansion, no bombs) and deep nesting (no stack overflow).</summary>
/// <param name="path">The config file, for locations.</param>
/// <param name="diagnostics">Where findings go.</param>
internal sealed class YamlEventScan(string path, List<Diagnostic> diagnostics)
{
    /// <summary>How deep lists and mappings may nest; the real schema needs two levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>Scans the text; false when it must not be loaded. Throws <see cref="YamlException"/> on syntax errors.</summary>
    public bool Accepts(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    diagnostics.Add(ConfigFinding.AtMarks(path, alias.Start, alias.End, $"YAML aliases (*{alias.Value}) are not supported; write the value out"));
                    break;
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    diagnostics.Add(ConfigFinding.AtMarks(path, parser.Current.Start, parser.Current.End, $"lists and mappings nest deeper than {MaxDepth} levels"));
                    return false;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return true;
    }
}
