using System.Text.Json.Nodes;
using ExecPlan.Schema.Generated;
using static ExecPlan.Templates.TemplateSymbols;
using GeneratedTemplates = ExecPlan.Schema.Generated.Templates;

namespace ExecPlan.Templates;

/// <summary>`dotnet new execplan`: one plan at `plans/&lt;date&gt;-&lt;slug&gt;-PLAN.md`, one source folder per level and add-on combination.</summary>
internal static class PlanTemplate
{
    /// <summary>The template's folder in the package.</summary>
    public const string Folder = "execplan";

    /// <summary>The plan's path inside each variant folder; the markers become the date and the slug.</summary>
    public const string PlanPath = "plans/" + TemplateMarkers.Date + "-" + TemplateMarkers.TaskSlug + "-PLAN.md";

    private const string LocksFolder = "locks";

    private static readonly ConformanceLevel[] Levels = Enum.GetValues<ConformanceLevel>();

    private static readonly bool[] WithAddOn = [false, true];

    /// <summary>The variant folders: level, add-on, and the folder name.</summary>
    public static IEnumerable<(ConformanceLevel Level, bool MultiAgent, string Folder)> Variants =>
        from level in Levels
        from multiAgent in WithAddOn
        select (level, multiAgent, level.ToText() + (multiAgent ? "-" + GeneratedTemplates.MultiAgent.Name : string.Empty));

    /// <summary>Writes the template into <paramref name="root"/>.</summary>
    public static void Write(string root)
    {
        var folder = Path.Combine(root, Folder);
        foreach (var (level, multiAgent, variant) in Variants)
        {
            TemplateContent.WriteFile(Path.Combine(folder, variant, PlanPath), PlanText.Render(level, multiAgent));
        }

        TemplateContent.WriteFile(Path.Combine(folder, LocksFolder, LockFileText.FileName), LockFileText.Render());
        TemplateContent.WriteConfig(folder, Config(), TemplateIdentity.Host(Options));
    }

    private static (string Symbol, string LongName)[] Options =>
        [("owner", "owner"), ("title", "title"), ("profile", "profile"), ("level", "level"), ("multiAgent", "multi-agent"), ("locks", "locks")];

    private static JsonObject Config()
    {
        var config = TemplateIdentity.Head(
            "ExecPlan.Templates.Plan",
            "ExecPlan plan",
            "execplan",
            "A new ExecPlan (plans/<yyyy-mm-dd>-<name>-PLAN.md) with every section of the chosen level, ready to fill in.");
        config["symbols"] = Symbols();
        config["sources"] = Sources();
        return config;
    }

    private static JsonObject Symbols() => new()
    {
        ["owner"] = TextParameter($"The plan's owner (front matter, first {SectionTitles.Progress} item, first decision). Default: $USER, else $USERNAME, else a placeholder."),
        ["title"] = TextParameter("The task name in the title. Default: the name given with -n."),
        ["profile"] = Choice("The formatting profile.", ProfileValues.All, TemplateTokens.Profile, TemplateTokens.Profile),
        ["level"] = Choice("The conformance level: which sections the plan holds.", ConformanceLevelValues.All, ConformanceLevel.Standard.ToText()),
        ["multiAgent"] = Switch($"Adds {SectionTitles.InterAgentMessages} and, with --locks, an empty {LockFileText.FileName}.", false),
        ["locks"] = Switch($"With --multi-agent: writes {LockFileText.FileName}. Pass --locks false when the repository already has one.", true),
        // An empty default keeps the engine from warning where USER is unset (Windows); coalesce skips empty values.
        ["userVariable"] = Environment("USER", string.Empty),
        ["userNameVariable"] = Environment("USERNAME", TemplateTokens.Owner),
        ["environmentOwner"] = Coalesce("userVariable", "userNameVariable"),
        ["ownerValue"] = Coalesce("owner", "environmentOwner", TemplateTokens.Owner),
        // Not sourceName: the name (by default the folder's) may hold characters an id cannot, so the slug is made from it.
        ["slugValue"] = WithFileRename(WithReplaces(RegexReplace("name", ("[^A-Za-z0-9._-]+", "-"), ("^[^A-Za-z0-9]+", string.Empty)), TemplateMarkers.TaskSlug), TemplateMarkers.TaskSlug),
        ["titleValue"] = Coalesce("title", "name", TemplateTokens.Title),
        ["createdAt"] = WithReplaces(UtcNow("yyyy-MM-ddTHH:mm:ssZ"), TemplateMarkers.Now),
        ["createdOn"] = WithFileRename(UtcNow("yyyy-MM-dd"), TemplateMarkers.Date),
    };

    private static JsonArray Sources()
    {
        var sources = new JsonArray();
        foreach (var (level, multiAgent, folder) in Variants)
        {
            var condition = $"(level == \"{level.ToText()}\" && {(multiAgent ? string.Empty : "!")}multiAgent)";
            sources.Add(new JsonObject { ["source"] = "./" + folder + "/", ["target"] = "./", ["condition"] = condition });
        }

        sources.Add(new JsonObject { ["source"] = "./" + LocksFolder + "/", ["target"] = "./", ["condition"] = "(multiAgent && locks)" });
        return sources;
    }
}
