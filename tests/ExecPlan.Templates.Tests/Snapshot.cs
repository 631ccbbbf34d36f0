using System.Runtime.CompilerServices;

namespace ExecPlan.Templates.Tests;

/// <summary>Compares text with a checked-in `Snapshots/&lt;name&gt;.verified.txt`; on a difference writes `&lt;name&gt;.received.txt` beside it and fails.</summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        actual = actual.ReplaceLineEndings("\n");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified}; review {received} and rename it to accept it."
            : $"Snapshot {name} differs; compare {received} with {verified}.");
    }
}
