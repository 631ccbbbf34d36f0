using ExecPlan.Diagnostics;
using ExecPlan.Schema.Generated;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.Configuration;

/// <summary>Builds EXP0007 findings located in the configuration file.</summary>
internal static class ConfigFinding
{
    /// <summary>A finding at the start of the file.</summary>
    public static Diagnostic AtFileStart(string path, string reason) => At(path, SourceSpan.FileStart, reason);

    /// <summary>A finding covering a YAML node.</summary>
    public static Diagnostic AtNode(string path, YamlNode node, string reason) => At(path, Span(node.Start, node.End), reason);

    /// <summary>A finding between two parser marks.</summary>
    public static Diagnostic AtMarks(string path, Mark start, Mark end, string reason) => At(path, Span(start, end), reason);

    /// <summary>A finding at a span of the file.</summary>
    public static Diagnostic At(string path, SourceSpan span, string reason)
    {
        var rule = RuleCatalog.InvalidConfig;
        return new Diagnostic(rule, rule.DefaultSeverity, path, span, rule.Format(reason));
    }

    private static SourceSpan Span(Mark start, Mark end)
    {
        var line = Math.Max(1, (int)start.Line);
        var column = Math.Max(1, (int)start.Column);
        var endLine = Math.Max(line, (int)end.Line);
        var endColumn = endLine == line ? Math.Max(column, (int)end.Column) : Math.Max(1, (int)end.Column);
        return new SourceSpan(line, column, endLine, endColumn);
    }
}
