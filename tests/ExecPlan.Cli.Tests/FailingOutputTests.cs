namespace ExecPlan.Cli.Tests;

/// <summary>A report that cannot be written (disk full, closed pipe) is one clear line and exit code 2, never an internal error.</summary>
public sealed class FailingOutputTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("sarif")]
    [InlineData("json")]
    public void A_failing_standard_output_is_reported_as_such(string format)
    {
        using var repo = new TempFolder();
        repo.Folder(".git");
        repo.Write("PLAN.md", "No front matter, no title.\n");
        using var stdout = new FullDisk();
        using var stderr = new StringWriter();

        var code = CommandLine.Run(["lint", "--format", format], stdout, stderr, repo.Path);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.StartsWith("execplan: cannot write ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("No space left", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("sarif")]
    public void A_failing_output_file_is_reported_with_its_path(string format)
    {
        if (!File.Exists("/dev/full"))
        {
            return; // Linux only: a device whose every write fails with ENOSPC. The standard-output case above runs everywhere.
        }

        using var repo = new TempFolder();
        repo.Folder(".git");
        repo.Write("PLAN.md", "No front matter, no title.\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = CommandLine.Run(["lint", "--format", format, "-o", "/dev/full"], stdout, stderr, repo.Path);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.StartsWith("execplan: cannot write /dev/full: ", stderr.ToString(), StringComparison.Ordinal);
    }

    // Standard output on a full disk: every write fails.
    private sealed class FullDisk : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");
    }
}
