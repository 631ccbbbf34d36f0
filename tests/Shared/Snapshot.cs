namespace ExecPlan.TestSupport;

/// <summary>
/// Checked-in snapshots: `tests/&lt;test project&gt;/Snapshots/&lt;name&gt;.verified.&lt;extension&gt;` is the accepted text. On a difference
/// the actual text is written beside it as `&lt;name&gt;.received.&lt;extension&gt;` (git ignores it) and the test fails. To accept a change,
/// read the diff and copy the received file over the verified one, or run the tests with ACCEPT_SNAPSHOTS=1 to overwrite every
/// verified file they compare. Line endings are compared as LF, so a CRLF checkout still matches.
/// </summary>
internal static class Snapshot
{
    /// <summary>This test project's snapshot folder (the project's folder is named like its assembly).</summary>
    public static string Folder => TestRepository.PathOf("tests", typeof(Snapshot).Assembly.GetName().Name!, "Snapshots");

    /// <summary>Fails the test unless <paramref name="actual"/> matches the snapshot <paramref name="name"/>.</summary>
    public static void Verify(string name, string actual, string extension = "txt")
    {
        if (Compare(name, actual, extension) is { } difference)
        {
            Assert.Fail(difference);
        }
    }

    /// <summary>Compares <paramref name="actual"/> with the snapshot <paramref name="name"/>: null when equal, else what differs and how to accept it.</summary>
    public static string? Compare(string name, string actual, string extension = "txt")
    {
        var verified = Path.Combine(Folder, $"{name}.verified.{extension}");
        var received = Path.Combine(Folder, $"{name}.received.{extension}");
        actual = Lf(actual);
        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(verified, actual);
        }

        var expected = File.Exists(verified) ? Lf(File.ReadAllText(verified)) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return null;
        }

        Directory.CreateDirectory(Folder);
        File.WriteAllText(received, actual);
        return expected is null
            ? $"{name}: no snapshot yet; review {received} and rename it to {Path.GetFileName(verified)} to accept it (or run the tests with ACCEPT_SNAPSHOTS=1)."
            : $"{name} differs from its snapshot {FirstDifference(expected, actual)}\n" +
              $"Compare with: diff {verified} {received}; to accept, copy the received file over the verified one (or run the tests with ACCEPT_SNAPSHOTS=1).";
    }

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        var was = line < expectedLines.Length ? expectedLines[line] : "<end of file>";
        var now = line < actualLines.Length ? actualLines[line] : "<end of file>";
        return $"at line {line + 1}:\n  verified: {was}\n  received: {now}";
    }
}
