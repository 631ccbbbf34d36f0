using ExecPlan.Migration;

namespace ExecPlan.Tests.Migration;

/// <summary>
/// What the codex-strict profile does not take, migration writes its way, each shown on the smallest cookbook plan that has it: the
/// migrated plan keeps every word and lints with no error but placeholders (EXP0212).
/// </summary>
public sealed class ProseFirstMigrationTests : IDisposable
{
    private readonly TempFolder _folder = TempFolder.WithGit();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_checkbox_outside_Progress_becomes_a_plain_bullet_that_keeps_its_state_in_words()
    {
        var migrated = Migrate("""
            # Ship the cache

            ## Progress

            - [x] (2025-10-01 13:00Z) Measured the resolver.
            - [ ] Add the cache.

            ## Plan of Work

            Done when:

            - [x] The second resolution reads nothing.
            - [ ] The benchmark shows it.
              - [ ] Nested too.

            """);

        Assert.Contains("\n- (done) The second resolution reads nothing.\n- (open) The benchmark shows it.\n  - (open) Nested too.\n", migrated.Text, StringComparison.Ordinal);
        Assert.Contains("- [x] 2025-10-01T13:00:00Z - Measured the resolver.", migrated.Text, StringComparison.Ordinal);
        MigrationTests.AssertOnlyPlaceholders(migrated.Root, migrated.Path);
    }

    [Fact]
    public void A_table_becomes_a_bullet_list_with_one_bullet_per_row_and_every_cell_after_its_header()
    {
        var migrated = Migrate("""
            # Ship the cache

            ## Progress

            - [ ] Add the cache.

            ## Plan of Work

            | Option | Cost | Note |
            | :----- | ---: | ---- |
            | **A. Dictionary** | low | `a \| b` |
            | B. LRU | | evicts |

            Pick A.

            """);

        Assert.Contains("\n- Option: **A. Dictionary**; Cost: low; Note: `a \\| b`\n- Option: B. LRU; Note: evicts\n\nPick A.\n", migrated.Text, StringComparison.Ordinal);
        MigrationTests.AssertOnlyPlaceholders(migrated.Root, migrated.Path);
    }

    [Fact]
    public void A_living_entry_without_the_fields_its_kind_requires_gets_them_with_the_templates_placeholders()
    {
        var migrated = Migrate("""
            # Ship the cache

            ## Progress

            - [ ] Add the cache.

            ## Surprises & Discoveries

            - The corpus has no duplicate paths.

            ## Decision Log

            - Cache by full path.
              Paths are normalized upstream.
              - Checked in `PathResolver`.
            - Decision: Keep the cache per run.
              Rationale: A run is short.

            ### 2025-10-03 — Evict nothing

            - The corpus fits in memory.

            """);

        Assert.Contains(" - The corpus has no duplicate paths.\n  Evidence: <file/command>\n", migrated.Text, StringComparison.Ordinal);
        Assert.Contains(" - Decision: Cache by full path.\n  Paths are normalized upstream.\n  Rationale: <why>\n  Author: alice\n  - Checked in `PathResolver`.\n", migrated.Text, StringComparison.Ordinal);
        Assert.Contains(" - Decision: Keep the cache per run.\n  Rationale: A run is short.\n  Author: alice\n", migrated.Text, StringComparison.Ordinal);
        Assert.Contains("### 2025-10-03 — Evict nothing\n\n- 2025-10-03T00:00:00Z - Decision: The corpus fits in memory.\n", migrated.Text, StringComparison.Ordinal);
        MigrationTests.AssertOnlyPlaceholders(migrated.Root, migrated.Path);
    }

    [Fact]
    public void Validation_and_Acceptance_without_a_command_keeps_its_prose_and_gets_the_template_criterion()
    {
        var migrated = Migrate("""
            # Ship the cache

            ## Progress

            - [ ] Add the cache.

            ## Validation and Acceptance

            The second resolution reads nothing.

            ## Decision Log

            None yet.

            """);

        Assert.Contains("The second resolution reads nothing.\n\n- Criterion: <observable behaviour>\n  - Verify: `<command>`\n  - Expected: <output excerpt>\n\n## ", migrated.Text, StringComparison.Ordinal);
        MigrationTests.AssertOnlyPlaceholders(migrated.Root, migrated.Path);
    }

    [Fact]
    public void A_date_time_in_prose_is_written_in_RFC_3339_and_one_without_a_zone_asks_for_it()
    {
        var migrated = Migrate("""
            # Ship the cache

            ## Progress

            - [ ] Add the cache.

            ## Context and Orientation

            Measured at 2025-10-01 13:00Z and again at 2025-10-02T09:15 (the log says `2025-10-03 10:00`).

            """);

        Assert.Contains("Measured at 2025-10-01T13:00:00Z and again at 2025-10-02 <at 09:15, in which zone?> (the log says `2025-10-03 10:00`).", migrated.Text, StringComparison.Ordinal);
        MigrationTests.AssertOnlyPlaceholders(migrated.Root, migrated.Path);
    }

    [Fact]
    public void HTML_becomes_code_spans_that_keep_every_tag_in_sight()
    {
        var migrated = Migrate("""
            # Ship the cache

            Fast.<br>Really fast. <!-- a comment stays -->

            <details>
            <summary>Background</summary>

            Old notes.

            </details>

            ## Progress

            - [ ] Add the cache.

            """);

        Assert.Contains("Fast.`<br>`Really fast. <!-- a comment stays -->\n\n`<details>`\n`<summary>`Background`</summary>`\n\nOld notes.\n\n`</details>`\n", migrated.Text, StringComparison.Ordinal);
        MigrationTests.AssertOnlyPlaceholders(migrated.Root, migrated.Path);
    }

    // Migrates the plan as an untracked file of a fresh repository, with a fixed owner, and checks that a second run changes nothing.
    private (string Text, string Root, string Path) Migrate(string plan)
    {
        var path = _folder.Write("plans/cache.md", plan);
        var file = new PlanMigrator(new MigrationOptions { Owner = "alice" }).Migrate(path);
        Assert.Equal(MigrationOutcome.Migrated, file.Outcome);
        Assert.Equal(MigrationOutcome.AlreadyExecPlan, new PlanMigrator(new MigrationOptions { Owner = "alice" }).Migrate(path).Outcome);
        return (File.ReadAllText(path), _folder.Path, path);
    }
}
