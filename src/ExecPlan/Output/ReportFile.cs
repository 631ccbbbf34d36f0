using System.Text;

namespace ExecPlan.Output;

/// <summary>A report file written whole or not at all: the report goes to a temporary file that replaces the target only once it is complete.</summary>
public sealed class ReportFile : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private readonly bool _replaces;

    private ReportFile(string target, string temporary, bool replaces)
    {
        _target = target;
        _temporary = temporary;
        _replaces = replaces;
        Writer = new StreamWriter(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None), new UTF8Encoding(false), 64 * 1024);
    }

    /// <summary>Where the report is written until <see cref="Commit"/>.</summary>
    public StreamWriter Writer { get; }

    /// <summary>Starts a report for <paramref name="target"/> (a full path), creating its missing folders.</summary>
    /// <remarks>A missing or non-empty plain file is replaced by a rename in its own folder, so the old file stays whole until the new
    /// one is. A link, or an existing empty file (devices such as /dev/null, named pipes), is written through at the end instead:
    /// a rename would replace the link or the device, and there is nothing in it to keep.</remarks>
    public static ReportFile Create(string target)
    {
        var existing = new FileInfo(target);
        var replaces = !existing.Exists || (existing.LinkTarget is null && existing.Length > 0);
        var folder = Path.GetDirectoryName(target)!;
        if (replaces)
        {
            Directory.CreateDirectory(folder);
        }

        var name = $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp";
        return new ReportFile(target, Path.Combine(replaces ? folder : Path.GetTempPath(), name), replaces);
    }

    /// <summary>Closes the report and puts it in place of the target; throws when that fails (the target is then left as it was, or empty for a device).</summary>
    public void Commit()
    {
        Writer.Dispose();
        if (_replaces)
        {
            KeepMode();
            File.Move(_temporary, _target, overwrite: true);
        }
        else
        {
            using var source = new FileStream(_temporary, FileMode.Open, FileAccess.Read);
            using var target = new FileStream(_target, FileMode.Create, FileAccess.Write);
            source.CopyTo(target);
        }

        Delete();
    }

    /// <summary>Closes the report and, unless it was committed, throws it away.</summary>
    public void Dispose()
    {
        try
        {
            Writer.Dispose();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The report is being thrown away: its last flush does not matter.
        }

        Delete();
    }

    // The replaced file keeps its permissions (a report kept private stays private).
    private void KeepMode()
    {
        if (!OperatingSystem.IsWindows() && File.Exists(_target))
        {
            File.SetUnixFileMode(_temporary, File.GetUnixFileMode(_target));
        }
    }

    private void Delete()
    {
        try
        {
            File.Delete(_temporary);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless; the report's outcome has already been decided.
        }
    }
}
