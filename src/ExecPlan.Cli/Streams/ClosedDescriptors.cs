using System.Runtime.InteropServices;

namespace ExecPlan.Cli.Streams;

/// <summary>
/// Standard descriptors the shell closed (`execplan lint &gt;&amp;-`), held on /dev/null before anything else opens a file: the
/// system hands out the lowest free descriptor, so the runtime's next pipe (its signal handling) would otherwise become "standard
/// output", and what the tool writes there would go into that pipe. Which ones were closed is kept, so that writes to them still fail.
/// </summary>
internal static partial class ClosedDescriptors
{
    private const int GetDescriptorFlags = 1; // F_GETFD
    private const int ReadWrite = 2; // O_RDWR
    private static readonly int[] Standard = [0, 1, 2];

    /// <summary>Whether standard output was closed when the process started.</summary>
    public static bool StandardOutput { get; private set; }

    /// <summary>Whether standard error was closed when the process started.</summary>
    public static bool StandardError { get; private set; }

    /// <summary>Finds the closed standard descriptors (0, 1, 2) and holds each on /dev/null (Unix; nothing elsewhere).</summary>
    public static void Hold()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            StandardOutput = IsClosed(1);
            StandardError = IsClosed(2);
            foreach (var descriptor in Standard.Where(IsClosed))
            {
                var devNull = Open("/dev/null", ReadWrite);
                if (devNull >= 0 && devNull != descriptor)
                {
                    Duplicate(devNull, descriptor);
                    Close(devNull);
                }
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc to ask: the streams still fail as they open.
        }
    }

    private static bool IsClosed(int descriptor) => Control(descriptor, GetDescriptorFlags) < 0;

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Control(int descriptor, int command);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static partial int Duplicate(int from, int to);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
