using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ExecPlan.Input;

/// <summary>The two calls .NET does not offer on Unix: open() without blocking, and the type of an open file (statx on Linux).</summary>
internal static partial class UnixFile
{
    private const int ENOENT = 2;
    private const int EACCES = 13;
    private const int EPERM = 1;
    private const int ENOTDIR = 20;
    private const int ELOOP_LINUX = 40;
    private const int ELOOP_BSD = 62;
    private const int FileTypeMask = 0xF000;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;

    private static int? statxMissing;

    // "libc" is a name the loader probes for along the whole library path (libc.so is a development symlink most machines lack):
    // on Linux it is resolved to the C library's own name at once.
    static UnixFile() => NativeLibrary.SetDllImportResolver(typeof(UnixFile).Assembly, (name, _, _) =>
        name == "libc" && OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var handle) ? handle : IntPtr.Zero);

    /// <summary>Opens <paramref name="path"/> read-only with O_NONBLOCK, so a named pipe without a writer does not block; throws as File.OpenHandle does.</summary>
    public static SafeFileHandle OpenNonBlocking(string path)
    {
        // O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC: Linux uses the generic values, macOS and the BSDs their own.
        var flags = OperatingSystem.IsLinux() ? 0x800 | 0x100 | 0x80000
            : OperatingSystem.IsMacOS() || OperatingSystem.IsIOS() ? 0x4 | 0x20000 | 0x1000000
            : 0x4 | 0x8000 | 0x100000;
        var fd = Open(path, flags);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno switch
            {
                ENOENT => new FileNotFoundException(null, path),
                ENOTDIR => new DirectoryNotFoundException(),
                EACCES or EPERM => new UnauthorizedAccessException(),
                ELOOP_LINUX when OperatingSystem.IsLinux() => new IOException("it is a symbolic link that loops"),
                ELOOP_BSD when !OperatingSystem.IsLinux() => new IOException("it is a symbolic link that loops"),
                _ => new IOException(Marshal.GetPInvokeErrorMessage(errno)),
            };
        }

        return new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>Null for a regular file; otherwise what the file is ("it is a named pipe"), for the finding.</summary>
    public static string? NotARegularFile(SafeFileHandle handle)
    {
        var mode = OperatingSystem.IsLinux() ? Mode(handle) : null;
        if (mode is null)
        {
            // No statx (not Linux, or an old C library): a pipe or socket cannot seek, which the read then refuses.
            return null;
        }

        return (mode.Value & FileTypeMask) switch
        {
            0x8000 => null,
            0x4000 => "it is a folder",
            0x1000 => "it is a named pipe, not a regular file",
            0xC000 => "it is a socket, not a regular file",
            0x2000 or 0x6000 => "it is a device, not a regular file",
            _ => "it is not a regular file",
        };
    }

    private static unsafe int? Mode(SafeFileHandle handle)
    {
        if (statxMissing is not null)
        {
            return null;
        }

        // struct statx is 256 bytes on every Linux architecture; stx_mode is the 16-bit field at offset 28.
        var buffer = stackalloc byte[256];
        try
        {
            var added = false;
            handle.DangerousAddRef(ref added);
            try
            {
                return Statx((int)handle.DangerousGetHandle(), string.Empty, AtEmptyPath, StatxType, buffer) == 0 ? *(ushort*)(buffer + 28) : null;
            }
            finally
            {
                if (added)
                {
                    handle.DangerousRelease();
                }
            }
        }
        catch (EntryPointNotFoundException)
        {
            statxMissing = 1;
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);
}
