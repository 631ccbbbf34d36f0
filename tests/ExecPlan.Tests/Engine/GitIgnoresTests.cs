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
    public void A_root_gitignore_is_read_as_git_reads_it(string gitignore, string path, bool isFolder, bool ignored)
    {
        _root.Write(".gitignore", gitignore);
        Assert.Equal(ignored, new GitIgnores(_root.Path).IsIgnored(path, isFolder));
    }

    [Fact]
    public void A_deeper_gitignore_and_info_exclude_count_and_the_deeper_file_wins()
    {
        _root.Write(".gitignore", "*.sqlite\n");
        _root.Write("apps/api/.gitignore", "/coverage\n!fixture.sqlite\n");
        _root.Write(".git/info/exclude", "scratch/\n");
        var ignores = new GitIgnores(_root.Path);

        Assert.True(ignores.IsIgnored("apps/api/coverage/lcov.info", isFolder: false));
        Assert.False(ignores.IsIgnored("coverage/lcov.info", isFolder: false)); // anchored to apps/api
        Assert.True(ignores.IsIgnored("data/dev.sqlite", isFolder: false));
        Assert.False(ignores.IsIgnored("apps/api/fixture.sqlite", isFolder: false));
        Assert.True(ignores.IsIgnored("scratch/notes.md", isFolder: false));
        Assert.False(ignores.IsIgnored("../outside/.env", isFolder: false));
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
