using System.Text.Json.Nodes;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using static ExecPlan.Templates.TemplateSymbols;

namespace ExecPlan.Templates;

/// <summary>
/// `dotnet new execplan-policy`: the root `PLANS.md` pointer and the `docs/EXEC_PLAN.md` format guide, for the ExecPlan format or,
/// with `--format cookbook`, for the cookbook format with a `.execplan.yaml` that chooses it.
/// </summary>
internal static class PolicyTemplate
{
    /// <summary>The template's folder in the package.</summary>
    public const string Folder = "execplan-policy";

    private static readonly string ExecPlanFormat = PlanSchemas.ExecPlan.Key;

    private static readonly string CookbookFormat = PlanSchemas.Cookbook.Key;

    /// <summary>Writes the template into <paramref name="root"/>, one source folder per format.</summary>
    public static void Write(string root)
    {
        var folder = Path.Combine(root, Folder);
        var execPlan = Path.Combine(folder, ExecPlanFormat);
        TemplateContent.WriteFile(Path.Combine(execPlan, PolicyPointerText.FileName), PolicyPointerText.Render());
        TemplateContent.WriteFile(Path.Combine(execPlan, FormatGuideText.FilePath), FormatGuideText.Render());
        TemplateContent.WriteFile(Path.Combine(execPlan, ConfigText.FileName), ConfigText.Render(PlanSchemas.ExecPlan));
        var cookbook = Path.Combine(folder, CookbookFormat);
        TemplateContent.WriteFile(Path.Combine(cookbook, PolicyPointerText.FileName), CookbookPolicyPointerText.Render());
        TemplateContent.WriteFile(Path.Combine(cookbook, FormatGuideText.FilePath), CookbookGuideText.Render());
        TemplateContent.WriteFile(Path.Combine(cookbook, ConfigText.FileName), ConfigText.Render(PlanSchemas.Cookbook));
        TemplateContent.WriteConfig(folder, Config(), TemplateIdentity.Host([("format", "format"), ("level", "level"), ("profile", "profile")]));
    }

    private static JsonObject Config()
    {
        var config = TemplateIdentity.Head(
            "ExecPlan.Templates.Policy",
            "ExecPlan planning policy",
            "execplan-policy",
            "PLANS.md with the repository's plan defaults, docs/EXEC_PLAN.md, a guide to the ExecPlan format (with --format cookbook: to the cookbook format), and the .execplan.yaml that chooses the format and level.");
        config["symbols"] = new JsonObject
        {
            ["format"] = Choice($"The repository's plan format: {ExecPlanFormat} or {CookbookFormat} (--profile does not apply to {CookbookFormat}); {ConfigText.FileName} says which.", PlanSchemas.All.Select(s => s.Key), ExecPlanFormat),
            ["level"] = Choice("The repository's default conformance level.", PlanSchemas.LevelNames, PlanSchemas.ExecPlan.DefaultLevel.Name, TemplateMarkers.Level),
            // A cookbook plan has no profile: the option is ignored for it.
            ["profile"] = EnabledWhen(Choice("The repository's default profile.", ProfileValues.All, TemplateTokens.Profile, TemplateMarkers.Profile), $"format == \"{ExecPlanFormat}\""),
        };
        config["sources"] = new JsonArray(
            Source(ExecPlanFormat),
            Source(CookbookFormat));
        return config;
    }

    private static JsonObject Source(string format) =>
        new() { ["source"] = "./" + format + "/", ["target"] = "./", ["condition"] = $"(format == \"{format}\")" };
}
