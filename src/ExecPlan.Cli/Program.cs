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
        // Console.Out flushes every line; a lint can print thousands, so stdout is buffered and flushed once.
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
        var exitCode = CommandLine.Run(args, stdout, Console.Error, null, cancellation.Token);
        try
        {
            stdout.Dispose(); // the last flush: a small report is written only here
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"{ExecPlan.Output.ToolInfo.Name}: cannot write standard output: {exception.Message}");
            return ExitCodes.Failure;
        }

        return exitCode;
    }
}
