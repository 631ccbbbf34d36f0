using System.Text;

namespace ExecPlan.TestSupport;

/// <summary>A fresh folder of its own under the system temp folder, deleted on dispose; paths below it are slash-separated.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("execplan-tests-").FullName;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>A fresh folder with an empty `.git` folder in it, so discovery takes it for a repository root.</summary>
    public static TempFolder WithGit()
    {
        var folder = new TempFolder();
        folder.Folder(".git");
        return folder;
    }

    /// <summary>The full path of <paramref name="relativePath"/> below the folder.</summary>
    public string Combine(string relativePath) => System.IO.Path.Combine([Path, .. relativePath.Split('/')]);

    /// <summary>Creates a folder below this one; returns its full path.</summary>
    public string Folder(string relativePath) => Directory.CreateDirectory(Combine(relativePath)).FullName;

    /// <summary>Writes bytes to a file below the folder, creating its folder; returns its full path.</summary>
    public string Write(string relativePath, byte[] bytes)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Writes text as UTF-8 without a byte-order mark (by default a one-line plan); returns the file's full path.</summary>
    public string Write(string relativePath, string text = "# PLAN: x\n") => Write(relativePath, Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}
