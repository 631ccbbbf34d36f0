using ExecPlan.Migration;

namespace ExecPlan.Tests.Migration;

/// <summary>migrate gives every external URL of a cookbook plan a Research Snapshot to fill in (EXP0601 would stand otherwise).</summary>
public sealed class ResearchSnapshotMigrationTests
{
    private static readonly FileHistory History = new(new DateTimeOffset(2025, 9, 30, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 10, 2, 9, 30, 0, TimeSpan.Zero), "Alice Smith", FromGit: true);

    private static string Migrate(string plan)
    {
        using var folder = new TempFolder();
        var path = folder.Write("plans/resolver-cache.md", plan);
        return PlanMigration.Migrate(path, plan, History, owner: null);
    }

    [Fact]
    public void One_snapshot_for_each_url_however_often_and_with_or_without_its_slash_it_is_linked()
    {
        var plan = MigrationTests.CookbookPlan.Replace(
            "Add a dictionary keyed by path.",
            "Add a dictionary keyed by path, as https://example.com/cache-design/ says (see https://example.com/cache-design and https://example.org/bench).\n\n```text\nhttps://example.net/in-code\n```",
            StringComparison.Ordinal);

        var migrated = Migrate(plan);

        Assert.Equal(1, Occurrences(migrated, "## Research Snapshot\n"));
        Assert.Equal(1, Occurrences(migrated, "Source: https://example.com/cache-design"));
        Assert.Equal(1, Occurrences(migrated, "Source: https://example.org/bench"));
        Assert.DoesNotContain("Source: https://example.net/in-code", migrated, StringComparison.Ordinal);
        Assert.Contains("- Retrieved: <", migrated, StringComparison.Ordinal);
        Assert.Empty(ExecPlan.Rules.SelfContainment.ExternalUrlRule.Unbacked(ExecPlan.Model.PlanParser.Parse("plan.md", migrated, ExecPlan.Schema.PlanSchemas.ExecPlan)));
    }

    [Fact]
    public void A_new_section_goes_before_the_see_also_and_references_that_end_the_plan()
    {
        var plan = MigrationTests.CookbookPlan.Replace("Add a dictionary keyed by path.", "Add a dictionary, as https://example.com/design says.", StringComparison.Ordinal)
            + "\n## See Also\n\n- https://example.com/elsewhere\n";

        var migrated = Migrate(plan);

        var snapshot = migrated.IndexOf("## Research Snapshot\n", StringComparison.Ordinal);
        Assert.True(snapshot > 0 && snapshot < migrated.IndexOf("## See Also\n", StringComparison.Ordinal), migrated);
        Assert.DoesNotContain("Source: https://example.com/elsewhere", migrated, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshots_join_the_plans_own_snapshot_section_even_an_empty_one()
    {
        var plan = MigrationTests.CookbookPlan.Replace("Add a dictionary keyed by path.", "Add a dictionary, as https://example.com/design says.", StringComparison.Ordinal)
            + "\n## Research Snapshots\n\n## Open Items\n\nNone.\n";

        var migrated = Migrate(plan);

        Assert.Equal(0, Occurrences(migrated, "## Research Snapshot\n"));
        Assert.Contains("## Research Snapshots\n\n- Retrieved: <", migrated, StringComparison.Ordinal);
        Assert.Contains("Source: https://example.com/design\n", migrated, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}
