namespace ExecPlan.Cli;

/// <summary>The process entry point: wires the console and Ctrl+C to <see cref="CommandLine.Run"/>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        // Console.Out flushes every line; a lint can print thousands, so stdout is buffered (CommandLine.Run flushes it last).
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
        var exitCode = CommandLine.Run(args, stdout, Console.Error, null, cancellation.Token);
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
