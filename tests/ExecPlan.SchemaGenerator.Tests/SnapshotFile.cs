namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>
/// Hand-rolled snapshot files: Snapshots/&lt;hint name&gt;.verified.cs is the accepted output. On a mismatch
/// the actual output is written beside it as .received.cs and the test fails.
/// To accept a change, read the diff, then copy each .received.cs over its .verified.cs, e.g.
/// <c>for f in Snapshots/*.received.cs; do mv "$f" "${f%.received.cs}.verified.cs"; done</c>.
/// </summary>
internal static class SnapshotFile
{
    public static string VerifiedPath(string hintName) =>
        Path.Combine(RepositoryFiles.SnapshotsFolder, Path.GetFileNameWithoutExtension(hintName) + ".verified.cs");

    public static string ReceivedPath(string hintName) =>
        Path.Combine(RepositoryFiles.SnapshotsFolder, Path.GetFileNameWithoutExtension(hintName) + ".received.cs");

    /// <summary>Compares the text with its snapshot; returns null when equal, else a readable description of the first difference.</summary>
    public static string? Compare(string hintName, string actual)
    {
        var verifiedPath = VerifiedPath(hintName);
        var receivedPath = ReceivedPath(hintName);
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, actual);
        if (expected is null)
        {
            return $"{hintName}: no snapshot yet; review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)}.";
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        var was = line < expectedLines.Length ? expectedLines[line] : "<end of file>";
        var now = line < actualLines.Length ? actualLines[line] : "<end of file>";
        return $"{hintName} differs from its snapshot at line {line + 1}:\n  verified: {was}\n  received: {now}\n" +
            $"Compare with: diff {verifiedPath} {receivedPath}; to accept, copy the .received.cs over the .verified.cs.";
    }
}
