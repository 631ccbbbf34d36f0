using System.Text;

namespace ExecPlan.Scaffolding;

/// <summary>
/// Writes a new plan whole or not at all: into a temporary file in the plan's own folder, moved into place only when no file of that
/// name exists, so an existing plan is never overwritten and a crash or a full disk never leaves half a plan.
/// </summary>
public static class NewPlanFile
{
    /// <summary>Writes <paramref name="text"/> (UTF-8, no byte-order mark) to the new file <paramref name="path"/>, creating its folders; returns why it was not written, or null.</summary>
    public static string? Write(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        if (File.Exists(path) || Directory.Exists(path))
        {
            return "a file of that name already exists";
        }

        var folder = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(new UTF8Encoding(false).GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            // Without overwrite the move fails when the name was taken meanwhile: the existing file stays as it is.
            File.Move(temporary, path, overwrite: false);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return File.Exists(path) ? "a file of that name already exists" : e.Message.TrimEnd('.');
        }
        finally
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
}
