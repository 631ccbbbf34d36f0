using YamlDotNet.RepresentationModel;

namespace ExecPlan.Cli.Tests;

/// <summary>
/// The repository's `.pre-commit-hooks.yaml`, run the way the pre-commit framework runs a `language: system` hook: its entry
/// split on blanks, found on PATH, in the repository's root, with no file names when `pass_filenames` is false. (The framework
/// itself needs PyPI, which the test machines cannot reach.)
/// </summary>
public sealed class PreCommitHookTests
{
    private static YamlMappingNode Hook()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(TestRepository.Root, ".pre-commit-hooks.yaml")))
        {
            yaml.Load(reader);
        }

        var hooks = (YamlSequenceNode)yaml.Documents[0].RootNode;
        return Assert.Single(hooks.Children.Cast<YamlMappingNode>(), h => Value(h, "id") == "execplan-lint");
    }

    private static string? Value(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    [Fact]
    public void The_hook_is_a_system_hook_over_the_repository_on_every_commit()
    {
        // Every commit: a plan's findings depend on files beside it (the baseline may be anywhere `baseline:` says).
        var hook = Hook();
        Assert.Equal("system", Value(hook, "language"));
        Assert.Equal("false", Value(hook, "pass_filenames"));
        Assert.Equal("true", Value(hook, "always_run"));
        Assert.Null(Value(hook, "files"));
        Assert.StartsWith("execplan lint", Value(hook, "entry"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_entry_fails_a_commit_on_errors_and_passes_once_they_are_in_the_baseline()
    {
        using var repo = TempFolder.WithGit();
        repo.Write("docs/exec-plans/old-PLAN.md", "No front matter, no title.\n");
        using var bin = new TempFolder();
        var execplan = bin.Write("execplan", $"#!/bin/sh\nexec {string.Join(' ', BuiltCli.Command.Select(c => $"\"{c}\""))} \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(execplan, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var environment = new Dictionary<string, string?> { ["PATH"] = bin.Path + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") };
        var entry = Value(Hook(), "entry")!.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var failing = ChildProcess.Run(Path.Combine(bin.Path, entry[0]), repo.Path, entry[1..], environment);
        Assert.Equal(ExitCodes.LintErrors, failing.ExitCode);
        Assert.Contains("EXP0101", failing.Output, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, BuiltCli.Run(repo.Path, "baseline").ExitCode);
        var passing = ChildProcess.Run(Path.Combine(bin.Path, entry[0]), repo.Path, entry[1..], environment);
        Assert.True(passing.ExitCode == ExitCodes.Success, passing.ToString());
    }
}
