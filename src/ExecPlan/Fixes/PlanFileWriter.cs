namespace ExecPlan.Fixes;

/// <summary>
/// Writes a fixed plan back whole or not at all: into a temporary file in the plan's own folder, with the plan's permissions, renamed over
/// the plan only when the plan still holds the bytes that were fixed. A crash or a full disk never leaves a half-written plan.
/// </summary>
internal static class PlanFileWriter
{
    /// <summary>Replaces the plan at <paramref name="path"/> (the target of a link) with <paramref name="content"/> unless it no longer holds <paramref name="original"/>.</summary>
    public static (FixOutcome Outcome, string? Problem) Replace(string path, byte[] original, byte[] content, Action<string>? beforeWrite)
    {
        var target = new FileInfo(path).LinkTarget is null ? path : new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (IsReadOnly(target))
            {
                return (FixOutcome.WriteFailed, "the file is read-only");
            }

            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            beforeWrite?.Invoke(path);
            if (Input.BoundedFile.Read(target, original.Length).Bytes is not { } now || !now.AsSpan().SequenceEqual(original))
            {
                return (FixOutcome.ChangedMeanwhile, "the file changed while it was being fixed");
            }

            File.Move(temporary, target, overwrite: true);
            return (FixOutcome.Fixed, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return (FixOutcome.WriteFailed, e.Message.TrimEnd('.'));
        }
        finally
        {
            Delete(temporary);
        }
    }

    // A plan without a write permission stays as it is, even for a user (root) whom the system would let replace it.
    private static bool IsReadOnly(string path)
    {
        if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
        {
            return true;
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
        {
            return true;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static void Delete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless; the outcome has been decided.
        }
    }
}
