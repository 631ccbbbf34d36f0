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

    [Theory]
    [InlineData("lint")]
    [InlineData("lint", "--format", "json")]
    [InlineData("lint", "--format", "sarif")]
    [InlineData("rules")]
    [InlineData("explain", "EXP0101")]
    [InlineData("--help")]
    [InlineData("--version")]
    [InlineData("lint", "--help")]
    [InlineData("migrate", "PLAN.md", "--to", "execplan")]
    public void A_closed_standard_output_is_one_line_and_exit_code_2(params string[] args)
    {
        using var repo = new TempFolder();
        repo.Folder(".git");
        repo.Write("PLAN.md", "No front matter, no title.\n");
        using var stdout = new ClosedStream();
        using var stderr = new StringWriter();

        var code = CommandLine.Run(args, stdout, stderr, repo.Path);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("execplan: cannot write standard output: Bad file descriptor\n", stderr.ToString(), StringComparison.Ordinal);
        Assert.Single(stderr.ToString().Split('\n'), l => l.Contains("cannot write", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("lint", "--format", "json")]
    [InlineData("explain", "NO-SUCH-RULE")]
    [InlineData("no-such-command")]
    public void A_closed_standard_error_ends_with_exit_code_2_and_throws_nothing(params string[] args)
    {
        using var repo = new TempFolder();
        repo.Folder(".git");
        repo.Write("PLAN.md", "# PLAN: x\n");
        using var stderr = new ClosedStream();

        var code = CommandLine.Run(args, TextWriter.Null, stderr, repo.Path);

        Assert.Equal(ExitCodes.Failure, code);
    }

    [Fact]
    public void Both_standard_streams_closed_end_with_exit_code_2_and_throw_nothing()
    {
        using var repo = new TempFolder();
        repo.Folder(".git");
        using var closed = new ClosedStream();

        Assert.Equal(ExitCodes.Failure, CommandLine.Run(["lint"], closed, closed, repo.Path));
        Assert.Equal(ExitCodes.Failure, CommandLine.Run(["rules"], closed, closed, repo.Path));
    }

    // Standard output on a full disk: every write fails.
    private sealed class FullDisk : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");
    }

    // A closed descriptor (`>&-`): .NET's console stream reports EBADF as access denied, the reason inside.
    private sealed class ClosedStream : StringWriter
    {
        public override void Write(char value) => throw Closed();

        public override void Write(string? value) => throw Closed();

        public override void Write(char[] buffer, int index, int count) => throw Closed();

        private static UnauthorizedAccessException Closed() => new("Access to the path is denied.", new IOException("Bad file descriptor"));
    }
}
