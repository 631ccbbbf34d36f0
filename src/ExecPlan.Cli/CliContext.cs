using ExecPlan.Linting;

namespace ExecPlan.Cli;

/// <summary>What a command runs against: its output writers, working directory and cancellation.</summary>
/// <param name="Stdout">Where results go.</param>
/// <param name="Stderr">Where errors and summaries go.</param>
/// <param name="WorkingDirectory">The full path relative arguments resolve against.</param>
/// <param name="CancellationToken">Cancels a lint run.</param>
internal sealed record CliContext(TextWriter Stdout, TextWriter Stderr, string WorkingDirectory, CancellationToken CancellationToken)
{
    /// <summary>A path argument as a full path.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>Opens standard input, for `lint -` (a test seam: in-process tests give a stream of their own).</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Called by `fix` and `migrate` between reading a file and writing it back (a test seam).</summary>
    public Action<string>? BeforeWrite { get; init; }

    /// <summary>The clock lint and the status board measure time against (a test seam: tests fix "now").</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How long one file may take in lint, fix and migrate (a test seam: tests make it tiny to see a file run out of time).</summary>
    public TimeSpan FileTimeBudget { get; init; } = LintSettings.DefaultFileTimeBudget;
}
