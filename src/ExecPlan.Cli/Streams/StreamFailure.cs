namespace ExecPlan.Cli.Streams;

/// <summary>What a failed write to a standard stream looks like, and how to say why in one line.</summary>
internal static class StreamFailure
{
    /// <summary>Whether <paramref name="exception"/> is a write that failed rather than a bug.</summary>
    /// <remarks>.NET reports a closed descriptor (EBADF, `>&amp;-`) as <see cref="UnauthorizedAccessException"/>, a full disk or a broken pipe as <see cref="IOException"/>.</remarks>
    public static bool IsWriteFailure(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException;

    /// <summary>The reason, e.g. "Bad file descriptor" rather than the console's "Access to the path is denied".</summary>
    public static string Reason(Exception exception) =>
        exception is UnauthorizedAccessException { InnerException: IOException inner } ? inner.Message : exception.Message;
}
