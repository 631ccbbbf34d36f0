using System.Globalization;
using ExecPlan.Linting;

namespace ExecPlan.Benchmarks;

/// <summary>
/// What an editor's lint of one open plan costs in a repository of many (the language server lints after each pause in typing):
/// the run the server makes (the open plan from its unsaved text, the repository's other plans read only for their ids) beside
/// a lint of the whole repository with the same overlay, in process on one warm thread, the best of several passes each.
/// </summary>
internal static class EditorLint
{
    /// <summary>Prints "whole MS focused MS ratio R" and returns 0.</summary>
    public static int Run(string repository, int passes)
    {
        // The last plan in path order: the worst case, every other plan is read for its id (a duplicate is reported on the later file).
        var open = Directory.GetFiles(repository, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        var overlays = new Dictionary<string, string>(StringComparer.Ordinal) { [open] = File.ReadAllText(open) + "\nEdited.\n" };
        LintSettings Settings(IReadOnlySet<string>? focus) => new() { RootDirectory = repository, WorkingDirectory = repository, Overlays = overlays, Focus = focus };
        var findings = 0;
        var whole = EngineInProcess.Best(passes, () => findings += new PlanLinter(Settings(null)).Lint([repository, open]).Files.Length);
        var focused = EngineInProcess.Best(passes, () => findings += new PlanLinter(Settings(new HashSet<string>([open], StringComparer.Ordinal))).Lint([repository, open]).Files.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole {whole:F0} focused {focused:F0} ratio {focused / whole:F3} ({findings} reports)"));
        return 0;
    }
}
