using Microsoft.Win32.SafeHandles;

namespace ExecPlan.Input;

/// <summary>
/// The one way the engine reads a file it did not write (plans, configuration, lock file, policy pointer): regular files
/// only, opened without blocking, and never more than a size limit. A named pipe, a device or a socket is refused before a
/// byte is read, so no file can stall a lint or a build, and /dev/zero or a growing file cannot exhaust memory.
/// </summary>
internal static class BoundedFile
{
    /// <summary>Reads at most <paramref name="maxSize"/> bytes of <paramref name="path"/>; every failure is a value, never an exception.</summary>
    public static FileRead Read(string path, long maxSize)
    {
        try
        {
            using var handle = Open(path, out var notAFile);
            if (handle is null)
            {
                return FileRead.Failed(FileReadFailure.NotAFile, notAFile!);
            }

            var length = RandomAccess.GetLength(handle);
            if (length > maxSize)
            {
                return FileRead.Failed(FileReadFailure.TooLarge, "too large", length);
            }

            var bytes = ReadAtMost(handle, Math.Min(maxSize, Array.MaxLength - 1L) + 1, length);
            return bytes.LongLength > maxSize
                ? FileRead.Failed(FileReadFailure.TooLarge, "too large", bytes.LongLength)
                : new FileRead(bytes, FileReadFailure.None, bytes.LongLength, null);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileRead.Failed(FileReadFailure.Missing, "it does not exist (it may have been moved or deleted during the run)");
        }
        catch (UnauthorizedAccessException)
        {
            return FileRead.Failed(FileReadFailure.Unreadable, "access is denied");
        }
        catch (NotSupportedException)
        {
            // RandomAccess refuses a handle that cannot seek: a pipe or socket that slipped past the type check.
            return FileRead.Failed(FileReadFailure.NotAFile, "it is not a regular file");
        }
        catch (Exception e) when (e is IOException or System.Security.SecurityException or ArgumentException)
        {
            return FileRead.Failed(FileReadFailure.Unreadable, e.Message.TrimEnd('.'));
        }
    }

    // On Unix the file is opened non-blocking (a named pipe would otherwise block in open() until a writer comes) and its
    // type is checked on the open handle, so it cannot be swapped between the check and the read.
    private static SafeFileHandle? Open(string path, out string? notAFile)
    {
        if (OperatingSystem.IsWindows())
        {
            notAFile = null;
            var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return Directory.Exists(path) ? Refuse(handle, "it is a folder", out notAFile) : handle;
        }

        var unix = UnixFile.OpenNonBlocking(path);
        notAFile = UnixFile.NotARegularFile(unix);
        return notAFile is null ? unix : Refuse(unix, notAFile, out notAFile);
    }

    private static SafeFileHandle? Refuse(SafeFileHandle handle, string reason, out string? notAFile)
    {
        handle.Dispose();
        notAFile = reason;
        return null;
    }

    // Reads up to `limit` bytes whatever the file claims its length is: a file that grows while it is read cannot make
    // the read unbounded. The buffer is the length the file claims, so a file that did not change is returned as read,
    // without a copy; one byte read past it says whether the file grew (or claimed no length, as some special files do).
    private static byte[] ReadAtMost(SafeFileHandle handle, long limit, long length)
    {
        var buffer = new byte[(int)Math.Min(limit, Math.Max(length, 0))];
        var total = 0;
        Span<byte> probe = stackalloc byte[1];
        while (total < limit)
        {
            if (total == buffer.Length)
            {
                if (RandomAccess.Read(handle, probe, total) == 0)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(limit, Math.Max(4096L, (long)buffer.Length * 2)));
                buffer[total++] = probe[0];
                continue;
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total == buffer.Length ? buffer : buffer[..total];
    }
}
