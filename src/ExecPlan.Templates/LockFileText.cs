namespace ExecPlan.Templates;

/// <summary>An empty `.agent-locks.yaml` in the spec's fallback lock schema, for plans worked on by several agents.</summary>
internal static class LockFileText
{
    /// <summary>The file name, at the repository root.</summary>
    public const string FileName = ".agent-locks.yaml";

    /// <summary>The file's text; `generated_at` is the now marker.</summary>
    public static string Render() =>
        $"""
        # Agent locks (see docs/EXEC_PLAN.md): add a lock before editing shared paths, remove it when done.
        version: 1
        generated_at: {TemplateMarkers.Now}
        ttl_seconds: 3600
        locks: []

        """;
}
