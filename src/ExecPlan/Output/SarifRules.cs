using System.Text.Json;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Output;

/// <summary>Writes SARIF's `tool.driver`: the tool and every rule of the catalogue, so results can point at them by index.</summary>
internal static class SarifRules
{
    /// <summary>Writes the `tool` property.</summary>
    public static void WriteTool(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", ToolInfo.Name);
        writer.WriteString("informationUri", ToolInfo.InformationUri);
        writer.WriteString("semanticVersion", ToolInfo.Version);
        writer.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            WriteRule(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, RuleDescriptor rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", rule.Name);
        WriteText(writer, "shortDescription", FirstSentence(rule.Help));
        WriteText(writer, "fullDescription", rule.Help);
        WriteText(writer, "help", rule.Help);
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", SarifWriter.Level(rule.DefaultSeverity));
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("category", rule.Family);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteText("text", text);
        writer.WriteEndObject();
    }

    /// <summary>The help's first sentence, the short description code-scanning lists show.</summary>
    private static string FirstSentence(string help)
    {
        var end = help.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? help : help[..(end + 1)];
    }
}
