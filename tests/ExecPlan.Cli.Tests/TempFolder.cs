namespace ExecPlan.Cli.Tests;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "execplan-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file at a slash-separated path below the folder; returns its full path.</summary>
    public string Write(string relativePath, string text = "# PLAN: x\n")
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Creates a folder at a slash-separated path; returns its full path.</summary>
    public string Folder(string relativePath) => Directory.CreateDirectory(Combine(relativePath)).FullName;

    public string Combine(string relativePath) =>
        System.IO.Path.Combine([Path, .. relativePath.Split('/')]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
