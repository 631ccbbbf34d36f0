using System.Text.Json.Nodes;

namespace ExecPlan.Templates;

/// <summary>The parts of a template.json every template in the package shares.</summary>
internal static class TemplateIdentity
{
    /// <summary>A template.json head: identity, names, an item template that writes into the current folder.</summary>
    public static JsonObject Head(string identity, string name, string shortName, string description) => new()
    {
        ["$schema"] = "http://json.schemastore.org/template",
        ["author"] = "ExecPlan.Build contributors",
        ["classifications"] = new JsonArray("ExecPlan", "Planning", "Agents"),
        ["identity"] = identity,
        ["name"] = name,
        ["shortName"] = shortName,
        ["description"] = description,
        ["tags"] = new JsonObject { ["type"] = "item" },
        ["preferNameDirectory"] = false,
    };

    /// <summary>A dotnetcli.host.json naming each option exactly (<c>--multi-agent</c>, not a generated short form).</summary>
    public static JsonObject Host(IEnumerable<(string Symbol, string LongName)> options)
    {
        var info = new JsonObject();
        foreach (var (symbol, longName) in options)
        {
            info[symbol] = new JsonObject { ["longName"] = longName, ["shortName"] = string.Empty };
        }

        return new JsonObject { ["$schema"] = "http://json.schemastore.org/dotnetcli.host", ["symbolInfo"] = info };
    }
}
