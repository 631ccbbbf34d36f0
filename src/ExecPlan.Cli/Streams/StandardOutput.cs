namespace ExecPlan.Cli.Streams;

/// <summary>Standard output as a writer whose every failed write is a <see cref="StandardOutputException"/>, so a closed or full stdout is told apart from a failure of the lint itself.</summary>
/// <param name="inner">The writer the text goes to.</param>
internal sealed class StandardOutput(TextWriter inner) : TextWriter
{
    /// <summary>The writer the text goes to; reports written as bytes go straight to its stream.</summary>
    public TextWriter Inner { get; } = inner;

    public override System.Text.Encoding Encoding => Inner.Encoding;

    public override void Write(char value) => Guard(() => Inner.Write(value));

    public override void Write(string? value) => Guard(() => Inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => Inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var text = buffer.ToString();
        Guard(() => Inner.Write(text));
    }

    public override void Flush() => Guard(Inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (StreamFailure.IsWriteFailure(exception))
        {
            throw new StandardOutputException(StreamFailure.Reason(exception), exception);
        }
    }
}
