using System.Text.Json.Nodes;
using ExecPlan.Schema.Generated;
using static ExecPlan.Templates.TemplateSymbols;

namespace ExecPlan.Templates;

/// <summary>`dotnet new execplan-policy`: the root `PLANS.md` pointer and the `docs/EXEC_PLAN.md` format guide.</summary>
internal static class PolicyTemplate
{
    /// <summary>The template's folder in the package.</summary>
    public const string Folder = "execplan-policy";

    /// <summary>Writes the template into <paramref name="root"/>.</summary>
    public static void Write(string root)
    {
        var folder = Path.Combine(root, Folder);
        TemplateContent.WriteFile(Path.Combine(folder, PolicyPointerText.FileName), PolicyPointerText.Render());
        TemplateContent.WriteFile(Path.Combine(folder, FormatGuideText.FilePath), FormatGuideText.Render());
        TemplateContent.WriteConfig(folder, Config(), TemplateIdentity.Host([("level", "level"), ("profile", "profile")]));
    }

    private static JsonObject Config()
    {
        var config = TemplateIdentity.Head(
            "ExecPlan.Templates.Policy",
            "ExecPlan planning policy",
            "execplan-policy",
            "PLANS.md with the repository's plan defaults, and docs/EXEC_PLAN.md, a guide to the ExecPlan format.");
        config["symbols"] = new JsonObject
        {
            ["level"] = Choice("The repository's default conformance level.", ConformanceLevelValues.All, ConformanceLevel.Standard.ToText(), TemplateMarkers.Level),
            ["profile"] = Choice("The repository's default profile.", ProfileValues.All, TemplateTokens.Profile, TemplateMarkers.Profile),
        };
        return config;
    }
}
