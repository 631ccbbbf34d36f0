namespace ExecPlan.Cli.Streams;

/// <summary>Standard output could not be written (closed, full, a broken pipe).</summary>
internal sealed class StandardOutputException(string message, Exception inner) : IOException(message, inner);
