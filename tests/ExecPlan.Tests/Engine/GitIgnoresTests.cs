using ExecPlan.Linting;
using ExecPlan.Repository;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Engine;

/// <summary>The repository's ignore rules read as git reads them, and evidence paths git ignores never reported missing.</summary>
public sealed class GitIgnoresTests : IDisposable
{
    private readonly TempFolder _root = TempFolder.WithGit();

    public void Dispose() => _root.Dispose();

    [Theory]
    // No slash: any depth; a trailing slash: folders only, and what is in them.
    [InlineData(".env", ".env", false, true)]
    [InlineData(".env", "apps/web/.env", false, true)]
    [InlineData(".env", ".env.example", false, false)]
    [InlineData("tmp/", "tmp/out.json", false, true)]
    [InlineData("tmp/", "packages/db/tmp/x/y.sql", false, true)]
    [InlineData("tmp/", "tmp", false, false)]
    [InlineData("tmp/", "tmp", true, true)]
    [InlineData("*.log", "logs/today.log", false, true)]
    // A slash: anchored to the file's folder; a leading slash the same.
    [InlineData("/build", "build/a.dll", false, true)]
    [InlineData("/build", "src/build/a.dll", false, false)]
    [InlineData("docs/*.html", "docs/index.html", false, true)]
    [InlineData("docs/*.html", "docs/api/index.html", false, false)]
    [InlineData("evals/results/**", "evals/results/2026/run.jsonl", false, true)]
    [InlineData("a/**/b", "a/x/y/b", false, true)]
    // The last rule wins; `!` takes a file back, not one under an ignored folder.
    [InlineData("*.json\n!keep.json", "config/keep.json", false, false)]
    [InlineData("out/\n!out/keep.txt", "out/keep.txt", false, true)]
    [InlineData("out/*\n!out/keep.txt", "out/keep.txt", false, false)]
    // Comments, blank lines, escapes and trailing spaces.
    [InlineData("# tmp/\n\n", "tmp/x", false, false)]
    [InlineData("\\#notes.txt", "#notes.txt", false, true)]
    [InlineData("secret.txt   ", "secret.txt", false, true)]
    // Bracket expressions and escapes, as the .NET and Python templates write them; checked against git check-ignore.
    [InlineData("[Bb]in/\n[Oo]bj/", "src/App/bin/Release/App.dll", false, true)]
    [InlineData("*.py[cod]", "a/x.pyc", false, true)]
    [InlineData("*.log\n!debug[0-9].log", "debug1.log", false, false)]
    [InlineData("[!a]x", "ax", false, false)]
    [InlineData("\\*star", "xstar", false, false)]
    [InlineData("\\*star", "*star", false, true)]
    [InlineData("[[:alpha:]]x", "ax", false, false)] // a POSIX class matches nothing here (git's would): never more than git
    [InlineData("foo[", "foo[", false, false)] // invalid for git: matches nothing
    [InlineData("foo\\", "foo\\", false, false)]
    // A trailing /** is what is inside, not the folder itself; ./ is the root.
    [InlineData("logs/**\n!logs/.gitkeep", "logs/.gitkeep", false, false)]
    [InlineData("foo/**/", "foo/x", false, false)]
    [InlineData("**/bar/**", "q/bar", false, false)]
    [InlineData("a/**/b", "a/b", false, true)]
    [InlineData("tmp/", "./tmp/run.log", false, true)]
    public void A_root_gitignore_is_read_as_git_reads_it(string gitignore, string path, bool isFolder, bool ignored)
    {
        _root.Write(".gitignore", gitignore);
        Assert.Equal(ignored, new GitIgnores(_root.Path).IsIgnored(path, isFolder));
    }

    [Fact]
    public void A_deeper_gitignore_counts_and_wins_and_the_machine_s_own_excludes_do_not()
    {
        _root.Write(".gitignore", "*.sqlite\n");
        _root.Write("apps/api/.gitignore", "/coverage\n!fixture.sqlite\n");
        _root.Write(".git/info/exclude", "scratch/\n"); // this machine's own: another machine has none
        var ignores = new GitIgnores(_root.Path);

        Assert.True(ignores.IsIgnored("apps/api/coverage/lcov.info", isFolder: false));
        Assert.False(ignores.IsIgnored("coverage/lcov.info", isFolder: false)); // anchored to apps/api
        Assert.True(ignores.IsIgnored("data/dev.sqlite", isFolder: false));
        Assert.False(ignores.IsIgnored("apps/api/fixture.sqlite", isFolder: false));
        Assert.False(ignores.IsIgnored("scratch/notes.md", isFolder: false));
        Assert.False(ignores.IsIgnored("../outside/.env", isFolder: false));
    }

    [Fact]
    public void A_gitignore_built_to_exhaust_the_matcher_is_bounded()
    {
        // A thousand `**` segments are one; two hundred thousand (a recursive matcher ran out of stack) are no pattern a
        // repository keeps and are left out; then a hundred thousand rules.
        _root.Write(".gitignore", string.Concat(Enumerable.Repeat("**/", 1_000)) + "x\n");
        Assert.True(new GitIgnores(_root.Path).IsIgnored("a/b/x", isFolder: false));
        _root.Write(".gitignore", string.Concat(Enumerable.Repeat("**/", 200_000)) + "x\n");
        Assert.False(new GitIgnores(_root.Path).IsIgnored("a/b/x", isFolder: false));
        _root.Write(".gitignore", string.Concat(Enumerable.Repeat("a/**/", 1_000)) + "x\n");
        Assert.False(new GitIgnores(_root.Path).IsIgnored("a/b/x", isFolder: false));

        _root.Write(".gitignore", string.Join('\n', Enumerable.Range(0, 100_000).Select(i => "r" + i)) + "\n");
        var deep = string.Join('/', Enumerable.Repeat("a", 80)) + "/x.md";
        Assert.False(new GitIgnores(_root.Path).IsIgnored(deep, isFolder: false));
    }

    [Fact]
    public void A_gitignore_that_is_a_link_is_not_followed()
    {
        using var elsewhere = new TempFolder();
        elsewhere.Write("ignores", "tmp/\n");
        File.CreateSymbolicLink(_root.Combine(".gitignore"), elsewhere.Combine("ignores"));
        Assert.False(new GitIgnores(_root.Path).IsIgnored("tmp/x", isFolder: false));
    }

    [Fact]
    public void An_ignore_file_that_is_a_folder_or_too_large_has_no_rules()
    {
        _root.Folder(".gitignore");
        Assert.False(new GitIgnores(_root.Path).IsIgnored("tmp/x", isFolder: false));

        Directory.Delete(_root.Combine(".gitignore"));
        _root.Write(".gitignore", "tmp/\n" + new string('#', (int)GitIgnores.MaxFileSize));
        Assert.False(new GitIgnores(_root.Path).IsIgnored("tmp/x", isFolder: false));
    }

    [Fact]
    public void A_bare_name_a_deeper_gitignore_ignores_is_not_reported_missing()
    {
        _root.Write("backend/.gitignore", "prod.env\n");
        _root.Write("backend/app.py", "print()\n");
        _root.Write("plans/demo-PLAN.md", Plans.With("(Evidence: `dotnet build` took 5 s)", "(Evidence: `prod.env` holds the key, `staging.env` too)"));

        var run = new PlanLinter(new LintSettings { Clock = new FixedClock(Linter.Now), WorkingDirectory = _root.Path }).Lint([_root.Path]);

        var missing = Assert.Single(run.Files.Single().Diagnostics, d => d.Id == RuleIds.EvidencePathMissing);
        Assert.Contains("'staging.env'", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_ignores_everything_in_it_or_is_ignored_excuses_no_bare_name()
    {
        _root.Write(".gitignore", ".venv/\n");
        _root.Write(".pytest_cache/.gitignore", "*\n");
        _root.Write("storage/logs/.gitignore", "*\n!.gitignore\n");
        _root.Write(".venv/.gitignore", "*\n");
        _root.Write("plans/demo-PLAN.md", Plans.With("(Evidence: `dotnet build` took 5 s)", "(Evidence: `bench-results.csv`)"));

        var run = new PlanLinter(new LintSettings { Clock = new FixedClock(Linter.Now), WorkingDirectory = _root.Path }).Lint([_root.Path]);

        var missing = Assert.Single(run.Files.Single().Diagnostics, d => d.Id == RuleIds.EvidencePathMissing);
        Assert.Contains("'bench-results.csv'", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_paths_git_ignores_are_not_reported_missing_and_others_still_are()
    {
        _root.Write(".gitignore", ".env\ntmp/\nevals/results/\n");
        _root.Folder("src");
        var plan = Plans.With(
            "(Evidence: `dotnet build` took 5 s)",
            "(Evidence: `.env` holds the key, `tmp/run/out.json`, `evals/results/`, `src/missing.ts`, `secrets.env`)");
        _root.Write("plans/demo-PLAN.md", plan);

        var run = new PlanLinter(new LintSettings { Clock = new FixedClock(Linter.Now), WorkingDirectory = _root.Path }).Lint([_root.Path]);

        var missing = run.Files.Single().Diagnostics.Where(d => d.Id == RuleIds.EvidencePathMissing).Select(d => d.Message).ToList();
        Assert.Equal(2, missing.Count);
        Assert.Contains(missing, m => m.Contains("'src/missing.ts'", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("'secrets.env'", StringComparison.Ordinal));
    }
}
