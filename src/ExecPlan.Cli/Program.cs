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
        return CommandLine.Run(args, Console.Out, Console.Error, null, cancellation.Token);
    }
}
