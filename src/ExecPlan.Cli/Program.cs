using System.Runtime.InteropServices;
using ExecPlan.Cli.Streams;

namespace ExecPlan.Cli;

/// <summary>The process entry point: wires the standard streams and Ctrl+C to <see cref="CommandLine.Run"/>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // First of all, before the runtime opens a pipe of its own in the place of a standard stream the shell closed.
        ClosedDescriptors.Hold();
        using var cancellation = new CancellationTokenSource();

        // A signal registration, not Console.CancelKeyPress: that one opens the console's writers, which throws when a standard
        // stream is closed (`execplan lint &gt;&amp;-`) before anything could say so.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            cancellation.Cancel();
        });

        // Console.Out flushes every line; a lint can print thousands, so stdout is buffered (CommandLine.Run flushes it last).
        var stdout = new StreamWriter(StandardStream.Open(Console.OpenStandardOutput, ClosedDescriptors.StandardOutput), new System.Text.UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
        var stderr = new StreamWriter(StandardStream.Open(Console.OpenStandardError, ClosedDescriptors.StandardError), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var exitCode = CommandLine.Run(args, stdout, stderr, null, cancellation.Token);
        try
        {
            stdout.Dispose();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Already reported by CommandLine.Run: what is left in the buffer is what failed to go out there.
            exitCode = ExitCodes.Failure;
        }

        return exitCode;
    }
}
