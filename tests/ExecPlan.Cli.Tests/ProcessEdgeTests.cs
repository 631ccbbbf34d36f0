namespace ExecPlan.Cli.Tests;

/// <summary>The built `execplan` with a closed or full standard stream: exit code 2 and never a stack trace (Unix only: it needs /bin/sh and /dev/full).</summary>
public sealed class ProcessEdgeTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        string[] commands = ["lint .", "lint . --format json", "lint . --format sarif", "lint . --format github", "lint . --format markdown", "rules", "explain EXP0101", "--help", "--version"];
        string[] redirections = [">&-", ">/dev/full", "2>&- >/dev/null", "2>/dev/full >/dev/null", ">&- 2>&-"];
        foreach (var command in commands)
        {
            foreach (var redirection in redirections)
            {
                data.Add(command, redirection);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_closed_or_full_standard_stream_ends_with_exit_code_2_and_no_stack_trace(string command, string redirection)
    {
        if (!File.Exists("/dev/full"))
        {
            return;
        }

        using var repo = new TempFolder();
        repo.Folder(".git");
        repo.Write("PLAN.md", "No front matter, no title.\n");
        var writesStderr = command.StartsWith("lint", StringComparison.Ordinal);
        var stdoutWorks = !redirection.StartsWith('>');

        var (code, stdout, stderr) = Execplan(repo.Path, command, redirection);

        // A command that writes nothing to a closed standard error has nothing to lose: it succeeds, like any Unix tool.
        Assert.Equal(stdoutWorks && !writesStderr ? ExitCodes.Success : ExitCodes.Failure, code);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stdout + stderr, StringComparison.Ordinal);
        if (redirection == ">&-")
        {
            Assert.Contains("execplan: cannot write standard output: ", stderr, StringComparison.Ordinal);
        }
    }

    // Runs the CLI built beside this test through /bin/sh, which applies the redirection; what the shell's own streams
    // catch is anything the CLI managed to print (a stack trace included) on a stream the redirection left open.
    private static CommandResult Execplan(string workingDirectory, string command, string redirection)
    {
        var start = string.Join(' ', BuiltCli.Command.Select((_, i) => $"\"${i}\""));
        return ChildProcess.Run("/bin/sh", workingDirectory, ["-c", $"exec {start} {command} {redirection}", .. BuiltCli.Command], timeout: TimeSpan.FromMinutes(1));
    }
}
