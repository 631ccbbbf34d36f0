namespace ExecPlan.Input;

/// <summary>Why a bounded read returned no bytes.</summary>
internal enum FileReadFailure
{
    /// <summary>The bytes were read.</summary>
    None,

    /// <summary>The path does not exist (it may have been deleted since it was found).</summary>
    Missing,

    /// <summary>The path is not a regular file: a folder, a named pipe, a socket or a device.</summary>
    NotAFile,

    /// <summary>The file holds more bytes than the limit.</summary>
    TooLarge,

    /// <summary>The file exists but cannot be read (permissions, I/O error, a symbolic-link loop).</summary>
    Unreadable,
}
