using Microsoft.Build.Utilities;

namespace ExecPlan.Build;

/// <summary>Turns an exception from the engine into one clear MSBuild error, without a stack trace.</summary>
internal static class TaskFailure
{
    private const int MaxDetailLength = 300;

    /// <summary>Logs <paramref name="exception"/> as an error located at the project.</summary>
    public static void Log(TaskLoggingHelper log, Exception exception)
    {
        // An I/O failure is the machine's (a locked SARIF file, a vanished folder); anything else is ours.
        var blame = exception is IOException or UnauthorizedAccessException
            ? string.Empty
            : " This is a bug in ExecPlan.Build; please report it.";
        var message =
            $"ExecPlan.Build could not lint the plans: {exception.GetType().Name}: {FirstLine(exception.Message)}{blame} " +
            "Set ExecPlanLintEnabled=false to build without linting.";
        log.LogError(null, TaskRules.EngineFailure, TaskRules.EngineFailure, null, 0, 0, 0, 0, ExecPlan.Output.ControlCharacters.Escape(message));
    }

    // Only the first line: exception messages can carry multi-line dumps that bury the point.
    private static string FirstLine(string text)
    {
        var line = text.Split('\n')[0].TrimEnd('\r');
        return line.Length <= MaxDetailLength ? line : line[..MaxDetailLength] + "…";
    }
}
