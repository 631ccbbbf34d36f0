namespace ExecPlan.Input;

/// <summary>The bytes of one bounded read of a file, or why there are none.</summary>
/// <param name="Bytes">The file's bytes; null when it could not be read.</param>
/// <param name="Failure">Why there are no bytes.</param>
/// <param name="Size">The size found when <see cref="Failure"/> is <see cref="FileReadFailure.TooLarge"/>.</param>
/// <param name="Reason">A short reason for a person, without the path (for example "it is a named pipe").</param>
internal readonly record struct FileRead(byte[]? Bytes, FileReadFailure Failure, long Size, string? Reason)
{
    /// <summary>A read that failed.</summary>
    public static FileRead Failed(FileReadFailure failure, string reason, long size = 0) => new(null, failure, size, reason);
}
