using ExecPlan.Linting;

namespace ExecPlan.Hardness.Tests;

/// <summary>A fresh repository-like folder (with `.git`) under the temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "execplan-hardness", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, ".git"));
    }

    public string Path { get; }

    /// <summary>Writes bytes at a slash-separated path below the folder; returns its full path.</summary>
    public string Write(string relativePath, byte[] bytes)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Writes text at a slash-separated path below the folder; returns its full path.</summary>
    public string Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string Combine(string relativePath) => System.IO.Path.Combine([Path, .. relativePath.Split('/')]);

    /// <summary>A linter rooted here; <paramref name="budget"/> is the per-file time budget.</summary>
    public PlanLinter Linter(TimeSpan? budget = null) => new(new LintSettings
    {
        Clock = new FixedClock(),
        RootDirectory = Path,
        WorkingDirectory = Path,
        FileTimeBudget = budget ?? TimeSpan.FromSeconds(10),
    });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
