using System.Globalization;
using ExecPlan.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.Repository;

/// <summary>Typed reads of mapping values that record a located problem, instead of throwing, when a value is missing or ill-typed.</summary>
internal sealed class YamlFields(List<LockFileProblem> problems)
{
    public void Report(Mark at, string message) => problems.Add(new LockFileProblem(message, ToInt(at.Line), ToInt(at.Column)));

    public static int ToInt(long value) => (int)Math.Clamp(value, 1, int.MaxValue);

    /// <summary>The value under <paramref name="key"/>, or null (reported at the mapping) when absent or YAML null.</summary>
    public YamlNode? Required(YamlMappingNode map, string key, string where)
    {
        var value = Optional(map, key);
        if (value is null)
        {
            Report(map.Start, $"{where} is missing '{key}'");
        }

        return value;
    }

    /// <summary>The value under <paramref name="key"/>, or null when absent or YAML null.</summary>
    public static YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    public string? String(YamlNode? node, string key)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text;
        }

        Report(node.Start, $"'{key}' must be a non-empty string");
        return null;
    }

    public long? Integer(YamlNode? node, string key, long min)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain } scalar &&
            long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min)
        {
            return value;
        }

        Report(node.Start, $"'{key}' must be an integer of at least {min}");
        return null;
    }

    public DateTimeOffset? Timestamp(YamlNode? node, string key)
    {
        if (node is null)
        {
            return null;
        }

        var result = Rfc3339.Parse((node as YamlScalarNode)?.Value);
        if (result.IsValid)
        {
            return result.Value;
        }

        var text = (node as YamlScalarNode)?.Value ?? string.Empty;
        var fix = TimestampScanner.MatchAt(text, 0) is { Suggestion: { } suggestion } token && token.Length == text.Length
            ? $" (did you mean {suggestion}?)"
            : string.Empty;
        Report(node.Start, $"'{key}' must be an RFC 3339 timestamp such as 2025-11-19T10:30:00Z: {result.Reason}{fix}");
        return null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };
}
