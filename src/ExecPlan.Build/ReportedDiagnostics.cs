using System.Collections.Concurrent;
using ExecPlan.Diagnostics;
using Microsoft.Build.Framework;

namespace ExecPlan.Build;

/// <summary>The findings already logged in this build on this node, so that a second project linting the same plans does not report them again.</summary>
internal sealed class ReportedDiagnostics
{
    private const string TaskObjectKey = "ExecPlan.Build.ReportedDiagnostics";
    private static readonly object Gate = new();
    private readonly ConcurrentDictionary<string, byte> keys = new(StringComparer.Ordinal);

    /// <summary>The set shared by every task of the current build (MSBuild drops it when the build ends), or a private one when the host cannot share.</summary>
    public static ReportedDiagnostics ForBuild(IBuildEngine? engine)
    {
        if (engine is not IBuildEngine4 shared)
        {
            return new ReportedDiagnostics();
        }

        try
        {
            lock (Gate)
            {
                if (shared.GetRegisteredTaskObject(TaskObjectKey, RegisteredTaskObjectLifetime.Build) is ReportedDiagnostics existing)
                {
                    return existing;
                }

                var created = new ReportedDiagnostics();
                shared.RegisterTaskObject(TaskObjectKey, created, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
                return created;
            }
        }
        catch (Exception exception) when (exception is NotImplementedException or NotSupportedException or InvalidOperationException)
        {
            return new ReportedDiagnostics(); // Some task hosts do not share objects: then each task reports on its own.
        }
    }

    /// <summary>Records the finding located in <paramref name="fullPath"/> (null: none); false when this build already reported it (same file, same file time, same finding).</summary>
    public bool TryAdd(Diagnostic diagnostic, string? fullPath) => keys.TryAdd(KeyOf(diagnostic, fullPath ?? string.Empty), 0);

    private static string KeyOf(Diagnostic diagnostic, string path)
    {
        var stamp = path.Length > 0 && File.Exists(path) ? File.GetLastWriteTimeUtc(path).Ticks : 0;
        var span = diagnostic.Span;
        return string.Join(
            "|",
            path,
            stamp,
            diagnostic.Id,
            span.Line,
            span.Column,
            span.EndLine,
            span.EndColumn,
            diagnostic.Message);
    }
}
