namespace ExecPlan.Cli.Streams;

/// <summary>Standard error as a writer that never throws: once a write fails (closed, full) the rest is dropped and <see cref="Lost"/> is set.</summary>
/// <param name="inner">The writer the text goes to.</param>
internal sealed class StandardError(TextWriter inner) : TextWriter
{
    /// <summary>Whether a write failed: there is nowhere left to say what went wrong, so the exit code must.</summary>
    public bool Lost { get; private set; }

    public override System.Text.Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var text = buffer.ToString();
        Guard(() => inner.Write(text));
    }

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        if (Lost)
        {
            return;
        }

        try
        {
            write();
        }
        catch (Exception exception) when (StreamFailure.IsWriteFailure(exception))
        {
            Lost = true;
        }
    }
}
