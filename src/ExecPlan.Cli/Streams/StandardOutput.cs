namespace ExecPlan.Cli.Streams;

/// <summary>Standard output as a writer whose every failed write is a <see cref="StandardOutputException"/>, so a closed or full stdout is told apart from a failure of the lint itself.</summary>
/// <param name="inner">The writer the text goes to.</param>
internal sealed class StandardOutput(TextWriter inner) : TextWriter
{
    /// <summary>The writer the text goes to; reports written as bytes go straight to its stream.</summary>
    public TextWriter Inner { get; } = inner;

    public override System.Text.Encoding Encoding => Inner.Encoding;

    public override void Write(char value)
    {
        try
        {
            Inner.Write(value);
        }
        catch (Exception exception) when (StreamFailure.IsWriteFailure(exception))
        {
            throw Failure(exception);
        }
    }

    public override void Write(string? value)
    {
        try
        {
            Inner.Write(value);
        }
        catch (Exception exception) when (StreamFailure.IsWriteFailure(exception))
        {
            throw Failure(exception);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        try
        {
            Inner.Write(buffer, index, count);
        }
        catch (Exception exception) when (StreamFailure.IsWriteFailure(exception))
        {
            throw Failure(exception);
        }
    }

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
