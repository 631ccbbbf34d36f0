using System.Text.Json.Nodes;

namespace ExecPlan.Templates;

/// <summary>The template.json symbol kinds the templates use, as JSON objects.</summary>
internal static class TemplateSymbols
{
    /// <summary>A free-text option with no default.</summary>
    public static JsonObject TextParameter(string description) => new()
    {
        ["type"] = "parameter",
        ["datatype"] = "text",
        ["description"] = description,
    };

    /// <summary>A boolean switch.</summary>
    public static JsonObject Switch(string description, bool defaultValue) => new()
    {
        ["type"] = "parameter",
        ["datatype"] = "bool",
        ["defaultValue"] = defaultValue ? "true" : "false",
        ["description"] = description,
    };

    /// <summary>A choice among <paramref name="values"/>, replacing <paramref name="replaces"/> when given.</summary>
    public static JsonObject Choice(string description, IEnumerable<string> values, string defaultValue, string? replaces = null) => WithReplaces(
        new JsonObject
        {
            ["type"] = "parameter",
            ["datatype"] = "choice",
            ["choices"] = new JsonArray([.. values.Select(v => (JsonNode)new JsonObject { ["choice"] = v })]),
            ["defaultValue"] = defaultValue,
            ["description"] = description,
        },
        replaces);

    /// <summary>An environment variable; unset takes <paramref name="defaultValue"/> when given.</summary>
    public static JsonObject Environment(string variable, string? defaultValue = null)
    {
        var symbol = new JsonObject { ["type"] = "bind", ["binding"] = "env:" + variable };
        if (defaultValue is not null)
        {
            symbol["defaultValue"] = defaultValue;
        }

        return symbol;
    }

    /// <summary>The first of two symbols that has a value.</summary>
    public static JsonObject Coalesce(string source, string fallback, string? replaces = null) =>
        WithReplaces(Generated("coalesce", new JsonObject { ["sourceVariableName"] = source, ["fallbackVariableName"] = fallback }), replaces);

    /// <summary><paramref name="source"/> with each (pattern, replacement) step applied in turn.</summary>
    public static JsonObject RegexReplace(string source, params (string Pattern, string Replacement)[] steps) =>
        Generated("regex", new JsonObject
        {
            ["source"] = source,
            ["action"] = "replace",
            ["steps"] = new JsonArray([.. steps.Select(s => (JsonNode)new JsonObject { ["regex"] = s.Pattern, ["replacement"] = s.Replacement })]),
        });

    /// <summary><paramref name="source"/> in lower case.</summary>
    public static JsonObject LowerCase(string source) =>
        Generated("casing", new JsonObject { ["source"] = source, ["toLower"] = true });

    /// <summary>The current UTC time in <paramref name="format"/>.</summary>
    public static JsonObject UtcNow(string format) =>
        Generated("now", new JsonObject { ["format"] = format, ["utc"] = true });

    /// <summary>Adds a content replacement to <paramref name="symbol"/>.</summary>
    public static JsonObject WithReplaces(JsonObject symbol, string? replaces)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (replaces is not null)
        {
            symbol["replaces"] = replaces;
        }

        return symbol;
    }

    /// <summary>Makes <paramref name="symbol"/> take effect only when <paramref name="condition"/> holds; otherwise a value given for it is ignored.</summary>
    public static JsonObject EnabledWhen(JsonObject symbol, string condition)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        symbol["isEnabled"] = condition;
        return symbol;
    }

    /// <summary>Adds a file-name replacement to <paramref name="symbol"/>.</summary>
    public static JsonObject WithFileRename(JsonObject symbol, string fileRename)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        symbol["fileRename"] = fileRename;
        return symbol;
    }

    private static JsonObject Generated(string generator, JsonObject parameters) => new()
    {
        ["type"] = "generated",
        ["generator"] = generator,
        ["parameters"] = parameters,
    };
}
