using ExecPlan.Linting;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>Rules that look at the repository around the plans, on real folders with a `.git` root.</summary>
public sealed class RepositoryRuleTests : IDisposable
{
    private const string Locks = """
        version: 1
        generated_at: 2025-11-19T10:30:00Z
        ttl_seconds: 3600
        locks:
          - owner: frontend-agent-01
            scope:
              paths:
                - "src/**"
            acquired_at: 2025-11-19T10:30:00Z
            expires_at: 2099-11-19T11:30:00Z
          - owner: backend-agent-02
            scope:
              paths:
                - "src/web/**"
            acquired_at: 2025-11-19T10:45:00Z
            expires_at: 2099-11-19T11:45:00Z
        """;

    private readonly TempFolder _root = TempFolder.WithGit();

    public RepositoryRuleTests()
    {
        _root.Folder("plans");
        _root.Write("src/auth/session.ts", "export {};\n");
    }

    public void Dispose() => _root.Dispose();

    private LintRun Lint() =>
        new PlanLinter(new LintSettings { Clock = new FixedClock(Linter.Now), WorkingDirectory = _root.Path }).Lint([_root.Path]);

    [Fact]
    public void Overlapping_locks_of_two_owners_conflict_and_make_plans_multi_agent()
    {
        _root.Write("plans/demo-PLAN.md", Plans.Compliant);
        _root.Write(".agent-locks.yaml", Locks);

        var run = Lint();

        var conflict = Assert.Single(run.RunDiagnostics, d => d.Id == RuleIds.LockConflict);
        Assert.EndsWith(".agent-locks.yaml", conflict.FilePath, StringComparison.Ordinal);
        Assert.Equal(11, conflict.Span.Line);
        Assert.Contains("src/**", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("src/web/**", conflict.Message, StringComparison.Ordinal);
        Assert.Contains(run.Files.Single().Diagnostics, d => d.Id == RuleIds.MissingInterAgentMessages);
    }

    [Fact]
    public void Disjoint_locks_do_not_conflict()
    {
        _root.Write(".agent-locks.yaml", Locks.Replace("\"src/web/**\"", "\"docs/**\"", StringComparison.Ordinal));
        Assert.DoesNotContain(Lint().RunDiagnostics, d => d.Id == RuleIds.LockConflict);
    }

    [Fact]
    public void Expired_locks_are_reported_against_the_clock()
    {
        _root.Write(".agent-locks.yaml", Locks.Replace("2099-11-19T11:30:00Z", "2025-11-19T11:30:00Z", StringComparison.Ordinal));
        var expired = Assert.Single(Lint().RunDiagnostics, d => d.Id == RuleIds.LockExpired);
        Assert.Contains("frontend-agent-01", expired.Message, StringComparison.Ordinal);
        Assert.Equal(5, expired.Span.Line);
    }

    [Fact]
    public void A_lock_file_that_breaks_the_schema_is_located()
    {
        _root.Write(".agent-locks.yaml", Locks.Replace("ttl_seconds: 3600", "ttl_seconds: soon", StringComparison.Ordinal));
        var invalid = Assert.Single(Lint().RunDiagnostics, d => d.Id == RuleIds.InvalidLockFile);
        Assert.Equal(3, invalid.Span.Line);
    }

    [Fact]
    public void Plans_md_must_point_at_the_spec()
    {
        _root.Write("PLANS.md", "# Plans\n\nWe plan a lot.\n");
        Assert.Single(Lint().RunDiagnostics, d => d.Id == RuleIds.PlansPointer);

        _root.Write("PLANS.md", "# Plans\n\nSee [the spec](docs/EXEC_PLAN.md).\n");
        Assert.DoesNotContain(Lint().RunDiagnostics, d => d.Id == RuleIds.PlansPointer);
    }

    [Fact]
    public void Plans_md_is_the_guide_itself_when_the_run_chooses_the_cookbook_format()
    {
        // A cookbook repository's PLANS.md is its guide: the pointer check is the ExecPlan format's, whichever way the run
        // chose the format (the configuration, the command line's --schema, the build's ExecPlanSchema).
        _root.Write("PLANS.md", "# Plans\n\nWe plan a lot.\n");
        var settings = new LintSettings { Clock = new FixedClock(Linter.Now), WorkingDirectory = _root.Path, Schema = PlanSchemas.Cookbook };
        Assert.DoesNotContain(new PlanLinter(settings).Lint([_root.Path]).RunDiagnostics, d => d.Id == RuleIds.PlansPointer);

        _root.Write(".execplan.yaml", "schema: cookbook\n");
        Assert.DoesNotContain(Lint().RunDiagnostics, d => d.Id == RuleIds.PlansPointer);

        // And the other way: the command line's ExecPlan format over a cookbook configuration checks the pointer.
        settings = new LintSettings { Clock = new FixedClock(Linter.Now), WorkingDirectory = _root.Path, Schema = PlanSchemas.ExecPlan };
        Assert.Single(new PlanLinter(settings).Lint([_root.Path]).RunDiagnostics, d => d.Id == RuleIds.PlansPointer);
    }

    [Fact]
    public void Evidence_paths_resolve_under_the_root_and_never_outside()
    {
        var plan = Plans.With("(Evidence: `dotnet build` took 5 s)", "(Evidence: `src/auth/session.ts:42`, `src/auth/missing.ts`, `../outside.txt`, `/etc/passwd`, <file/command>, @scope/package)");
        _root.Write("plans/demo-PLAN.md", plan);

        var missing = Lint().Files.Single().Diagnostics.Where(d => d.Id == RuleIds.EvidencePathMissing).ToList();

        var only = Assert.Single(missing);
        Assert.Contains("src/auth/missing.ts", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linter_keeps_what_it_learned_of_the_files_for_its_life_and_a_new_one_looks_again()
    {
        // LintText, as an editor or a test calls it plan after plan: one linter is one run, asking the file system once a path.
        var plan = Plans.With("(Evidence: `dotnet build` took 5 s)", "(Evidence: `src/auth/later.ts`)");
        var settings = new LintSettings { Clock = new FixedClock(Linter.Now), RootDirectory = _root.Path, WorkingDirectory = _root.Path };
        var linter = new PlanLinter(settings);
        bool Missing(PlanLinter l) => l.LintText(_root.Combine("plans/demo-PLAN.md"), plan).Diagnostics.Any(d => d.Id == RuleIds.EvidencePathMissing);

        Assert.True(Missing(linter));
        _root.Write("src/auth/later.ts", "export {};\n");

        Assert.True(Missing(linter));
        Assert.False(Missing(new PlanLinter(settings)));
    }

    [Fact]
    public void A_bare_file_name_is_found_at_any_depth_but_not_in_skipped_folders()
    {
        _root.Write("src/deep/er/Widget.cs", "class Widget;\n");
        _root.Write("node_modules/pkg/Vendored.cs", "class Vendored;\n");
        _root.Write("Bin/Built.cs", "class Built;\n");
        var repository = new ExecPlan.Rules.RepositoryInfo(_root.Path, []);

        Assert.True(repository.FileNameExists("Widget.cs"));
        Assert.False(repository.FileNameExists("Vendored.cs"));
        Assert.False(repository.FileNameExists("Built.cs"));
        Assert.False(repository.FileNameExists("deep"));
    }

    [Fact]
    public void Evidence_paths_of_a_cookbook_plan_resolve_under_the_root()
    {
        const string Evidence = "  Evidence: `go test ./... -run TestHandlerMemo` passes with the cache disabled.";
        _root.Write(".execplan.yaml", "schema: cookbook\n");
        _root.Write("plans/cache.md", CookbookSchemaTests.Plan.Replace(Evidence, "  Evidence: `src/auth/session.ts:42` and `src/auth/missing.ts`.", StringComparison.Ordinal));

        var file = Lint().Files.Single();

        Assert.Equal("cookbook", file.Schema);
        var only = Assert.Single(file.Diagnostics, d => d.Id == RuleIds.EvidencePathMissing);
        Assert.Contains("src/auth/missing.ts", only.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("`src/main/java/**/*.java`")]
    [InlineData("1/2 of the runs, on 2025/11/22")]
    [InlineData("compared current/baseline and execute/evaluate, tags_add/remove")]
    [InlineData("deployed to dev/staging/prod; the model holds job_id/status/run_id and create/read/update/delete")]
    [InlineData("`$HOME/.cache/x.txt` and `${CACHE_DIR:-/tmp}/y.txt`")]
    [InlineData("the MCP `tools/call` request")]
    [InlineData("`logger.error` and os.path")]
    [InlineData("`session.ts` (in src/auth)")]
    public void Evidence_tokens_that_are_not_paths_are_not_checked(string evidence)
    {
        _root.Write("src/auth/session.ts", "export {};\n");
        _root.Write("plans/demo-PLAN.md", Plans.With("(Evidence: `dotnet build` took 5 s)", "(Evidence: " + evidence + ")"));
        var found = Lint().Files.Single().Diagnostics.Where(d => d.Id == RuleIds.EvidencePathMissing);
        Assert.Empty(found.Select(d => d.Message));
    }

    [Theory]
    [InlineData("`src/auth/gone.ts`", "src/auth/gone.ts")]
    [InlineData("`src/gone`", "src/gone")]
    [InlineData("docs/plans/gone/", "docs/plans/gone/")]
    [InlineData("`GONE.md`", "GONE.md")]
    [InlineData("src/auth/gone", "src/auth/gone")]
    public void Evidence_paths_that_do_not_exist_are_reported(string evidence, string path)
    {
        _root.Write("src/auth/session.ts", "export {};\n");
        _root.Write("plans/demo-PLAN.md", Plans.With("(Evidence: `dotnet build` took 5 s)", "(Evidence: " + evidence + ")"));
        var found = Assert.Single(Lint().Files.Single().Diagnostics, d => d.Id == RuleIds.EvidencePathMissing);
        Assert.Contains("'" + path + "'", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_paths_through_links_are_not_followed()
    {
        Directory.CreateSymbolicLink(_root.Combine("outside"), Path.GetTempPath());
        _root.Write("plans/demo-PLAN.md", Plans.With("(Evidence: `dotnet build` took 5 s)", "(Evidence: `outside/nothing-here.txt`)"));
        Assert.DoesNotContain(Lint().Files.Single().Diagnostics, d => d.Id == RuleIds.EvidencePathMissing);
    }

    [Theory]
    [InlineData("plans/notes.md", true)]
    [InlineData("plans/demo-PLAN.md", false)]
    [InlineData("plans/2025-11-22-demo-PLAN.md", false)]
    [InlineData("PLAN.md", false)]
    public void Plan_file_names_follow_the_convention(string name, bool reported)
    {
        _root.Write(name, Plans.Compliant);
        var diagnostics = Lint().Files.Single().Diagnostics;
        Assert.Equal(reported, diagnostics.Any(d => d.Id == RuleIds.PlanFileName));
    }
}
