namespace ExecPlan.Cli.Streams;

/// <summary>Standard output as a writer whose every failed write is a <see cref="StandardOutputException"/>, so a closed or full stdout is told apart from a failure of the lint itself.</summary>
/// <param name="inner">The writer the text goes to.</param>
internal sealed class StandardOutput(TextWriter inner) : TextWriter
{
    /// <summary>The writer the text goes to; reports written as bytes go straight to its stream.</summary>
    public TextWriter Inner { get; } = inner;

    public override System.Text.Encoding Encoding => Inner.Encoding;

    // Every write goes through the span overload, the one place a failure is translated (no delegate or copy per write).
    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        try
        {
            Inner.Write(buffer);
        }
        catch (Exception exception) when (StreamFailure.IsWriteFailure(exception))
        {
            throw Failure(exception);
        }
    }

    public override void Flush()
    {
        try
        {
            Inner.Flush();
        }
        catch (Exception exception) when (StreamFailure.IsWriteFailure(exception))
        {
            throw Failure(exception);
        }
    }

    private static StandardOutputException Failure(Exception exception) => new(StreamFailure.Reason(exception), exception);
}
