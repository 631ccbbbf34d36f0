using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.Configuration;

/// <summary>Small readings of YAML nodes shared by the configuration reader.</summary>
internal static class YamlValues
{
    /// <summary>Whether the node is an empty or null plain scalar (`key:`, `~`, `null`).</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>The parser's message without its position prefix (the finding carries the position).</summary>
    public static string Describe(YamlException exception)
    {
        var message = exception.InnerException is YamlException inner && exception.Message.Contains("Duplicate", StringComparison.Ordinal)
            ? inner.Message
            : exception.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message).TrimEnd('.');
    }
}
