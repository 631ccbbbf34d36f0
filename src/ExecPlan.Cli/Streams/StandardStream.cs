namespace ExecPlan.Cli.Streams;

/// <summary>
/// A standard stream as the process was given it: one the shell closed (`&gt;&amp;-`) cannot be opened, and is then a stream whose every
/// write fails with the reason, so that the command's own handling of a failed write (exit code 2, a line on the other stream) applies.
/// </summary>
internal static class StandardStream
{
    /// <summary>The stream <paramref name="open"/> opens, or a stream that fails every write when it was <paramref name="closed"/> or cannot be opened.</summary>
    public static Stream Open(Func<Stream> open, bool closed)
    {
        if (closed)
        {
            return new Unwritable("Bad file descriptor");
        }

        try
        {
            return open();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new Unwritable(exception.InnerException?.Message ?? exception.Message);
        }
    }

    /// <summary>A write-only stream whose writes fail with one reason.</summary>
    /// <param name="reason">Why it cannot be written.</param>
    private sealed class Unwritable(string reason) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
            // Nothing is buffered here; the writes fail.
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException(reason);
    }
}
