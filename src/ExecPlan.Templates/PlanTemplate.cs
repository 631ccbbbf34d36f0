using System.Text.Json.Nodes;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using static ExecPlan.Templates.TemplateSymbols;
using GeneratedTemplates = ExecPlan.Schema.Generated.Templates;

namespace ExecPlan.Templates;

/// <summary>
/// `dotnet new execplan`: one plan at `plans/&lt;date&gt;-&lt;slug&gt;-PLAN.md` (ExecPlan format) or `plans/&lt;slug&gt;.md` (cookbook
/// format), one source folder per format, level and add-on combination.
/// </summary>
internal static class PlanTemplate
{
    /// <summary>The template's folder in the package.</summary>
    public const string Folder = "execplan";

    /// <summary>The plan's path inside each variant folder; the markers become the date and the slug.</summary>
    public const string PlanPath = "plans/" + TemplateMarkers.Date + "-" + TemplateMarkers.TaskSlug + "-PLAN.md";

    /// <summary>A cookbook plan's path inside its variant folder: the cookbook has no file-name convention, only the plans folder.</summary>
    public const string CookbookPlanPath = "plans/" + TemplateMarkers.TaskSlug + ".md";

    private const string LocksFolder = "locks";

    // The cookbook's stamp: a zoned time to the minute (see TimestampForm.ZonedMinutes); `Z` is a literal in a .NET format.
    private const string CookbookStampFormat = "yyyy-MM-dd HH:mmZ";

    private static readonly string ExecPlanFormat = PlanSchemas.ExecPlan.Key;

    private static readonly string CookbookFormat = PlanSchemas.Cookbook.Key;

    private static readonly bool[] WithAddOn = [false, true];

    /// <summary>The variant folders: level, add-on, and the folder name.</summary>
    public static IEnumerable<(PlanLevel Level, bool MultiAgent, string Folder)> Variants =>
        from level in PlanSchemas.ExecPlan.Levels
        from multiAgent in WithAddOn
        select (level, multiAgent, level.Name + (multiAgent ? "-" + GeneratedTemplates.MultiAgent.Name : string.Empty));

    /// <summary>The cookbook variant folders: level and the folder name; the cookbook has no add-on.</summary>
    public static IEnumerable<(PlanLevel Level, string Folder)> CookbookVariants =>
        from level in PlanSchemas.Cookbook.Levels
        select (level, CookbookFormat + "-" + level.Name);

    /// <summary>Writes the template into <paramref name="root"/>.</summary>
    public static void Write(string root)
    {
        var folder = Path.Combine(root, Folder);
        foreach (var (level, multiAgent, variant) in Variants)
        {
            TemplateContent.WriteFile(Path.Combine(folder, variant, PlanPath), PlanText.Render(level, multiAgent));
        }

        foreach (var (level, variant) in CookbookVariants)
        {
            TemplateContent.WriteFile(Path.Combine(folder, variant, CookbookPlanPath), CookbookPlanText.Render(level));
        }

        TemplateContent.WriteFile(Path.Combine(folder, LocksFolder, LockFileText.FileName), LockFileText.Render());
        TemplateContent.WriteConfig(folder, Config(), TemplateIdentity.Host(Options));
    }

    private static (string Symbol, string LongName)[] Options =>
        [("format", "format"), ("owner", "owner"), ("title", "title"), ("profile", "profile"), ("level", "level"), ("multiAgent", "multi-agent"), ("locks", "locks")];

    private static JsonObject Config()
    {
        var config = TemplateIdentity.Head(
            "ExecPlan.Templates.Plan",
            "ExecPlan plan",
            "execplan",
            "A new ExecPlan (plans/<yyyy-mm-dd>-<name>-PLAN.md), or with --format cookbook a cookbook plan (plans/<name>.md), with every section of the chosen level, ready to fill in.");
        config["symbols"] = Symbols();
        config["sources"] = Sources();
        return config;
    }

    private static JsonObject Symbols() => new()
    {
        ["format"] = Choice($"The plan format: {ExecPlanFormat} (front matter, status, PLAN.md name) or {CookbookFormat} (the cookbook's living plan; --profile, --multi-agent and --locks do not apply).", PlanSchemas.All.Select(s => s.Key), ExecPlanFormat),
        ["owner"] = TextParameter($"The plan's owner (front matter, first {SectionTitles.Progress} item, first decision; the first decision's author in a cookbook plan). Default: $USER, else $USERNAME, else a placeholder."),
        ["title"] = TextParameter("The task name in the title. Default: the name given with -n."),
        // The ExecPlan format's own options: a cookbook plan has no profile, add-on or lock file, so they are ignored for it.
        ["profile"] = EnabledWhen(Choice("The formatting profile.", ProfileValues.All, TemplateTokens.Profile, TemplateTokens.Profile), IsFormat(ExecPlanFormat)),
        ["level"] = Choice("The conformance level: which sections the plan holds.", PlanSchemas.LevelNames, PlanSchemas.ExecPlan.DefaultLevel.Name),
        ["multiAgent"] = EnabledWhen(Switch($"Adds {SectionTitles.InterAgentMessages} and, with --locks, an empty {LockFileText.FileName}.", false), IsFormat(ExecPlanFormat)),
        ["locks"] = EnabledWhen(Switch($"With --multi-agent: writes {LockFileText.FileName}. Pass --locks false when the repository already has one.", true), IsFormat(ExecPlanFormat)),
        // An empty default keeps the engine from warning where USER is unset (Windows); coalesce skips empty values.
        ["userVariable"] = Environment("USER", string.Empty),
        ["userNameVariable"] = Environment("USERNAME", TemplateTokens.Owner),
        ["environmentOwner"] = Coalesce("userVariable", "userNameVariable"),
        ["ownerValue"] = Coalesce("owner", "environmentOwner", TemplateTokens.Owner),
        // Not sourceName: the name (by default the folder's) may hold characters an id cannot, so the slug is made from it:
        // each run of other characters one '-', none at either end, lower case ("Fix Login Bug!" is fix-login-bug).
        ["slugText"] = RegexReplace("name", ("[^A-Za-z0-9._-]+", "-"), ("-{2,}", "-"), ("^[^A-Za-z0-9]+", string.Empty), ("[^A-Za-z0-9]+$", string.Empty)),
        ["slugValue"] = WithFileRename(WithReplaces(LowerCase("slugText"), TemplateMarkers.TaskSlug), TemplateMarkers.TaskSlug),
        ["titleValue"] = Coalesce("title", "name", TemplateTokens.Title),
        ["createdAt"] = WithReplaces(UtcNow("yyyy-MM-ddTHH:mm:ssZ"), TemplateMarkers.Now),
        ["createdOn"] = WithFileRename(UtcNow("yyyy-MM-dd"), TemplateMarkers.Date),
        ["createdStamp"] = WithReplaces(UtcNow(CookbookStampFormat), TemplateMarkers.Stamp),
        ["createdDay"] = WithReplaces(UtcNow("yyyy-MM-dd"), TemplateMarkers.Today),
    };

    private static JsonArray Sources()
    {
        var sources = new JsonArray();
        foreach (var (level, multiAgent, folder) in Variants)
        {
            var condition = $"({IsFormat(ExecPlanFormat)} && level == \"{level.Name}\" && {(multiAgent ? string.Empty : "!")}multiAgent)";
            sources.Add(Source(folder, condition));
        }

        // The cookbook format has no multi-agent add-on and no lock file: those options are ignored for it.
        foreach (var (level, folder) in CookbookVariants)
        {
            sources.Add(Source(folder, $"({IsFormat(CookbookFormat)} && level == \"{level.Name}\")"));
        }

        sources.Add(Source(LocksFolder, $"({IsFormat(ExecPlanFormat)} && multiAgent && locks)"));
        return sources;
    }

    private static string IsFormat(string format) => $"format == \"{format}\"";

    private static JsonObject Source(string folder, string condition) =>
        new() { ["source"] = "./" + folder + "/", ["target"] = "./", ["condition"] = condition };
}
