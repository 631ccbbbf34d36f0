using System.Collections.Generic;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>The schema's fixed words and the engine enum members they map to.</summary>
internal static class SchemaVocabulary
{
    /// <summary>The conformance levels; fixed because the engine's SectionDescriptor has one requirement per level.</summary>
    public static readonly string[] Levels = ["standard", "minimal"];

    public static readonly Dictionary<string, string> Requirements = new()
    {
        ["must"] = "Must",
        ["should"] = "Should",
        ["conditional"] = "Conditional",
        ["optional"] = "Optional",
    };

    /// <summary>Severities; `none` (entry fields) and `off` (rules) both mean the check costs nothing.</summary>
    public static readonly Dictionary<string, string> Severities = new()
    {
        ["error"] = "Error",
        ["warning"] = "Warning",
        ["info"] = "Info",
        ["off"] = "Off",
        ["none"] = "Off",
    };

    public static readonly Dictionary<string, string> FieldKinds = new()
    {
        ["text"] = "Text",
        ["id"] = "Id",
        ["enum"] = "Enum",
        ["timestamp"] = "Timestamp",
    };
}
