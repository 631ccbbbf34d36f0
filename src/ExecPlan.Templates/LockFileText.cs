using ExecPlan.Schema.Generated;

namespace ExecPlan.Templates;

/// <summary>An empty `.agent-locks.yaml` in the ExecPlan format's fallback lock schema (docs/format.md), for plans worked on by several agents.</summary>
internal static class LockFileText
{
    /// <summary>The file name, at the repository root.</summary>
    public const string FileName = RepositoryConventions.LockFile;

    /// <summary>The file's text; `generated_at` is the now marker.</summary>
    public static string Render() =>
        $"""
        # Agent locks (see {FormatGuideText.FilePath}): add a lock before editing shared paths, remove it when done.
        {LockFileFields.Version}: 1
        {LockFileFields.GeneratedAt}: {TemplateMarkers.Now}
        {LockFileFields.TtlSeconds}: 3600
        {LockFileFields.Locks}: []

        """;
}
