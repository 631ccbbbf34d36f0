using Microsoft.Win32.SafeHandles;

namespace ExecPlan.Cli.Streams;

/// <summary>
/// Standard descriptors the shell closed (`execplan lint &gt;&amp;-`), held on /dev/null before anything else opens a file: the
/// system hands out the lowest free descriptor, so the runtime's next pipe (its signal handling) would otherwise become "standard
/// output", and what the tool writes there would go into that pipe. Which ones were closed is kept, so that writes to them still fail.
/// </summary>
internal static class ClosedDescriptors
{
    // The /dev/null handles that fill the closed descriptors, kept open for the life of the process.
    private static readonly List<SafeFileHandle> Held = [];

    /// <summary>Whether standard output was closed when the process started.</summary>
    public static bool StandardOutput { get; private set; }

    /// <summary>Whether standard error was closed when the process started.</summary>
    public static bool StandardError { get; private set; }

    /// <summary>Finds the closed standard descriptors (0, 1, 2) and fills each with /dev/null (Unix; nothing elsewhere).</summary>
    public static void Hold()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        StandardOutput = IsClosed(1);
        StandardError = IsClosed(2);
        var closed = (IsClosed(0) ? 1 : 0) + (StandardOutput ? 1 : 0) + (StandardError ? 1 : 0);
        try
        {
            // Each open takes the lowest free descriptor: the closed standard ones, in order.
            for (var i = 0; i < closed; i++)
            {
                Held.Add(File.OpenHandle("/dev/null", FileMode.Open, FileAccess.ReadWrite));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // No /dev/null to hold them with: the streams still fail as they open.
        }
    }

    // /dev/fd lists the process's open descriptors (Linux: /proc/self/fd; macOS and the BSDs: fdescfs).
    private static bool IsClosed(int descriptor) => !Path.Exists($"/dev/fd/{descriptor}");
}
