using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Migration;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Migration;

/// <summary>execplan migrate's engine: a cookbook plan becomes an ExecPlan that lints with only placeholders left, once.</summary>
public sealed class MigrationTests
{
    /// <summary>A small cookbook plan: cookbook headings and stamps, a Decision Log with Date/Author, an unknown section.</summary>
    public const string CookbookPlan = """
        # Add a cache to the resolver

        This plan follows PLANS.md.

        ## Purpose / Big Picture

        Resolving a plan twice reads the disk twice; a cache makes the second read free.

        ## Progress

        - [x] (2025-10-01 13:00Z) Measured the resolver on the corpus.
        - [ ] Add the cache (Owner: alice)
        - [ ] Write the benchmark.

        ## Surprises & Discoveries

        - Observation: the corpus has no duplicate paths.
          Evidence: `find . -name '*.md' | sort | uniq -d` printed nothing.

        ## Decision Log

        - Decision: Cache by full path.
          Rationale: Paths are already normalized.
          Date/Author: 2025-10-01 14:00Z / Alice Smith

        ## Outcomes & Retrospective

        Nothing yet.

        ## Context and Orientation

        The resolver lives in `src/ExecPlan/Linting`.

        ## Plan of Work

        Add a dictionary keyed by path.

        ## Validation and Acceptance

        - Criterion: the second resolution reads nothing.
          - Verify: `dotnet test`
          - Expected: `0 failed`

        ## Open Questions

        Should the cache expire?

        """;

    private static readonly DateTimeOffset Committed = new(2025, 10, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_cookbook_plan_migrates_to_the_reviewed_ExecPlan()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plans/resolver-cache.md", CookbookPlan);
        var history = new FileHistory(new DateTimeOffset(2025, 9, 30, 8, 0, 0, TimeSpan.Zero), Committed, "Alice Smith", FromGit: true);

        var migrated = PlanMigration.Migrate(path, CookbookPlan, history, owner: null);

        Snapshot.Verify("migrate-cookbook", "--- before\n" + CookbookPlan + "--- after\n" + migrated);
    }

    [Fact]
    public void A_migrated_plan_lints_with_only_placeholders_and_migrating_again_changes_nothing()
    {
        using var folder = TempFolder.WithGit();
        var path = folder.Write("plans/resolver-cache.md", CookbookPlan);

        var first = new PlanMigrator(new MigrationOptions { Owner = "alice" }).Migrate(path);
        var migrated = File.ReadAllText(path);
        var second = new PlanMigrator(new MigrationOptions { Owner = "alice" }).Migrate(path);

        Assert.Equal(MigrationOutcome.Migrated, first.Outcome);
        Assert.Equal(MigrationOutcome.AlreadyExecPlan, second.Outcome);
        Assert.Equal(migrated, File.ReadAllText(path));
        AssertOnlyPlaceholders(folder.Path, path);
    }

    [Theory]
    [InlineData("plans/resolver-cache.md", "resolver-cache")]
    [InlineData("docs/resolver-cache-PLAN.md", "resolver-cache")]
    [InlineData("EXECPLAN_resolver-cache.md", "resolver-cache")]
    [InlineData("resolver_cache_EXECPLAN.md", "resolver-cache")]
    [InlineData("svc/cache-exec-plan.md", "cache")]
    [InlineData("EXECPLAN.md", "cache-product-reads-in-the-catalog-service-for")] // a name that only says "plan": the title
    [InlineData("svc/PLAN.md", "cache-product-reads-in-the-catalog-service-for")]
    [InlineData("exec_plan.md", "cache-product-reads-in-the-catalog-service-for")]
    public void The_id_and_the_renamed_file_are_the_plans_name_without_its_plan_affixes_else_its_title(string file, string id)
    {
        using var folder = new TempFolder();
        var path = folder.Write(file, CookbookPlan.Replace("# Add a cache to the resolver", "# Cache product reads in the catalog service, for the storefront's busiest pages", StringComparison.Ordinal));

        var migrated = new PlanMigrator(new MigrationOptions { DryRun = true, Rename = true, Owner = "alice" }).Migrate(path);

        Assert.Contains($"\nid: {id}\n", migrated.After, StringComparison.Ordinal);
        if (file.EndsWith("-PLAN.md", StringComparison.Ordinal) || file.EndsWith("/PLAN.md", StringComparison.Ordinal))
        {
            Assert.Null(migrated.RenamedTo); // the name already follows the convention
        }
        else
        {
            Assert.EndsWith($"-{id}-PLAN.md", migrated.RenamedTo, StringComparison.Ordinal);
        }

        Assert.Empty(Linter.Active(migrated.After!, LevelNames.Standard, ExecPlanConfig.Default).Where(d => d.Id == RuleIds.InvalidId));
    }

    [Theory]
    [InlineData("plans/cache-PLAN.md", "# PLAN: cache\n")]
    [InlineData("svc/EXECPLAN.md", "# PLAN: svc\n")]
    [InlineData("EXECPLAN_cache.md", "# PLAN: cache\n")]
    public void A_plan_without_a_title_is_titled_by_its_name_without_the_plan_affixes(string file, string title)
    {
        using var folder = new TempFolder();
        var path = folder.Write(file, CookbookPlan.Replace("# Add a cache to the resolver\n", string.Empty, StringComparison.Ordinal));

        var migrated = new PlanMigrator(new MigrationOptions { DryRun = true, Owner = "alice" }).Migrate(path);

        Assert.Contains("\n" + title, migrated.After, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_under_two_headings_becomes_one_and_a_renamed_note_is_kept()
    {
        using var folder = new TempFolder();
        var plan = CookbookPlan.Replace("## Purpose / Big Picture\n", "## 1. Objective (for the resolver team)\n", StringComparison.Ordinal)
            .Replace("## Progress\n", "## 2. Goals\n\nFewer lookups.\n\n## Progress\n", StringComparison.Ordinal);
        var path = folder.Write("plans/resolver-cache.md", plan);

        var migrated = new PlanMigrator(new MigrationOptions { DryRun = true, Owner = "alice" }).Migrate(path).After!;

        Assert.Single(migrated.Split('\n'), l => l == "## Purpose / Big Picture");
        Assert.Contains("## Purpose / Big Picture\n\n<!-- heading was: ## 1. Objective (for the resolver team) -->\n\n", migrated, StringComparison.Ordinal);
        Assert.Contains("\n### 2. Goals\n\nFewer lookups.\n", migrated, StringComparison.Ordinal);
        Assert.DoesNotContain(Linter.Active(migrated), d => d.Id == RuleIds.DuplicateSection);
    }

    [Fact]
    public void Entries_written_as_paragraphs_are_migrated_as_entries()
    {
        using var folder = new TempFolder();
        var plan = CookbookPlan.Replace(
            "- Decision: Cache by full path.\n  Rationale: Paths are already normalized.\n  Date/Author: 2025-10-01 14:00Z / Alice Smith\n",
            "We chose these at the kickoff.\n\nDecision: Cache by full path.\nRationale: Paths are already normalized.\nDate/Author: 2025-10-01 14:00Z / Alice Smith\n\n**Decision:** Never expire.\n**Rationale:** paths do not change.\n",
            StringComparison.Ordinal);
        var path = folder.Write("plans/resolver-cache.md", plan);

        var migrated = new PlanMigrator(new MigrationOptions { DryRun = true, Owner = "alice" }).Migrate(path).After!;

        Assert.Contains("We chose these at the kickoff.", migrated, StringComparison.Ordinal);
        Assert.Contains("- 2025-10-01T14:00:00Z - Decision: Cache by full path.", migrated, StringComparison.Ordinal);
        Assert.Matches(@"\n- \d{4}-\d\d-\d\dT[^\n]* - \*\*Decision:\*\* Never expire\.", migrated);
        Assert.DoesNotContain(Linter.Active(migrated), d => d.Id == RuleIds.DecisionEntryIncomplete && d.Severity == Diagnostics.Severity.Error);
    }

    [Fact]
    public void Paragraph_entries_stop_at_a_fence_and_at_the_next_entry_and_fences_are_left_as_written()
    {
        using var folder = new TempFolder();
        var plan = CookbookPlan.Replace(
            "- Decision: Cache by full path.\n  Rationale: Paths are already normalized.\n  Date/Author: 2025-10-01 14:00Z / Alice Smith\n",
            "Decision: Install with this script.\nRationale: it pins versions.\n```sh\n# install deps\nnpm ci\n```\n\n```text\nDecision: not an entry\n\nDecision: nor this\n```\n\n```yaml\n- a\n- b\n```\n\n"
                + "Decision: A\nRationale: first.\nDate/Author: 2025-10-01 14:00Z / Alice\nDecision: B\nRationale: second.\nDate/Author: 2025-10-02 09:00Z / Bob\n",
            StringComparison.Ordinal);
        var path = folder.Write("plans/resolver-cache.md", plan);

        var migrated = new PlanMigrator(new MigrationOptions { DryRun = true, Owner = "alice" }).Migrate(path).After!;

        Assert.Contains("\n```sh\n# install deps\nnpm ci\n```\n", migrated, StringComparison.Ordinal);
        Assert.Contains("\n```text\nDecision: not an entry\n\nDecision: nor this\n```\n", migrated, StringComparison.Ordinal);
        Assert.Contains("\n```yaml\n- a\n- b\n```\n", migrated, StringComparison.Ordinal);
        Assert.Contains("- 2025-10-01T14:00:00Z - Decision: A", migrated, StringComparison.Ordinal);
        Assert.Contains("- 2025-10-02T09:00:00Z - Decision: B", migrated, StringComparison.Ordinal);
        Assert.Contains("## Outcomes & Retrospective", migrated, StringComparison.Ordinal);
        Assert.Single(migrated.Split('\n'), l => l == "## Outcomes & Retrospective");
    }

    [Fact]
    public void A_dry_run_writes_nothing()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plans/resolver-cache.md", CookbookPlan);
        var written = File.GetLastWriteTimeUtc(path);

        var file = new PlanMigrator(new MigrationOptions { DryRun = true, Rename = true }).Migrate(path);

        Assert.Equal(MigrationOutcome.WouldMigrate, file.Outcome);
        Assert.NotEqual(file.Before, file.After);
        Assert.Equal(CookbookPlan, File.ReadAllText(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void CRLF_and_the_byte_order_mark_are_kept()
    {
        using var folder = new TempFolder();
        var crlf = CookbookPlan.Replace("\n", "\r\n", StringComparison.Ordinal);
        var path = folder.Write("plans/resolver-cache.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(crlf)]);

        new PlanMigrator(new MigrationOptions { Owner = "alice" }).Migrate(path);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("---\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_changed_between_reading_and_writing_keeps_the_change()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plans/resolver-cache.md", CookbookPlan);

        var file = new PlanMigrator(new MigrationOptions { Owner = "alice", BeforeWrite = p => File.AppendAllText(p, "A late line.\n") }).Migrate(path);

        Assert.Equal(MigrationOutcome.ChangedMeanwhile, file.Outcome);
        Assert.Equal(CookbookPlan + "A late line.\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_read_only_file_is_not_written()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plans/resolver-cache.md", CookbookPlan);
        File.SetAttributes(path, FileAttributes.ReadOnly);

        var file = new PlanMigrator(new MigrationOptions { Owner = "alice" }).Migrate(path);

        Assert.Equal(MigrationOutcome.Failed, file.Outcome);
        Assert.Equal(CookbookPlan, File.ReadAllText(path));
        File.SetAttributes(path, FileAttributes.Normal);
    }

    /// <summary>Fails with the findings when the plan has an error other than an unfilled placeholder (EXP0212).</summary>
    internal static void AssertOnlyPlaceholders(string root, string path)
    {
        var errors = Errors(root, path)
            .Where(d => d.Id != ExecPlan.Schema.Generated.RuleIds.UnfilledPlaceholder)
            .Select(d => $"{d.Id} {d.Span.Line}: {d.Message}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>The active errors of the plan at <paramref name="path"/> under the ExecPlan format (or <paramref name="schema"/>).</summary>
    internal static IEnumerable<Diagnostic> Errors(string root, string path, ExecPlan.Schema.PlanSchema? schema = null) =>
        new PlanLinter(new LintSettings { Clock = new FixedClock(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)), RootDirectory = root, WorkingDirectory = root, Schema = schema ?? ExecPlan.Schema.PlanSchemas.ExecPlan })
            .Lint([path]).All.Where(d => d.IsActive && d.Severity == Severity.Error);
}
