using ExecPlan.Migration;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Migration;

/// <summary>A cookbook plan whose Progress names two owners migrates to a multi-agent ExecPlan with the section that requires.</summary>
public sealed class ConditionalSectionMigrationTests
{
    private const string TwoOwners = """
        # Two agents

        ## Purpose / Big Picture

        Ship it.

        ## Progress

        - [x] (2025-10-01 13:00Z) Wrote the API (Owner: alice).
        - [ ] Write the UI (Owner: bob).

        ## Surprises & Discoveries

        None yet.

        ## Decision Log

        None yet.

        ## Outcomes & Retrospective

        None yet.

        """;

    [Fact]
    public void Two_owners_in_Progress_bring_the_Inter_Agent_Messages_section_from_its_template()
    {
        using var folder = TempFolder.WithGit();
        var path = folder.Write("plans/two.md", TwoOwners);

        var file = new PlanMigrator(new MigrationOptions { Owner = "carol" }).Migrate(path);

        Assert.Equal(MigrationOutcome.Migrated, file.Outcome);
        Assert.Contains("\n## Inter-Agent Messages\n", File.ReadAllText(path), StringComparison.Ordinal);
        MigrationTests.AssertOnlyPlaceholders(folder.Path, path);
        Assert.Equal(MigrationOutcome.AlreadyExecPlan, new PlanMigrator(new MigrationOptions { Owner = "carol" }).Migrate(path).Outcome);
    }

    [Fact]
    public void One_owner_brings_no_conditional_section()
    {
        using var folder = TempFolder.WithGit();
        var path = folder.Write("plans/one.md", TwoOwners.Replace("(Owner: bob)", "(Owner: alice)", StringComparison.Ordinal));

        new PlanMigrator(new MigrationOptions { Owner = "alice" }).Migrate(path);

        Assert.DoesNotContain("Inter-Agent Messages", File.ReadAllText(path), StringComparison.Ordinal);
        MigrationTests.AssertOnlyPlaceholders(folder.Path, path);
    }

    [Fact]
    public void An_unfilled_enum_placeholder_is_EXP0212_alone_not_also_an_invalid_value()
    {
        var plan = Plans.With("## Handoff Summary", "## Inter-Agent Messages\n\n- 2025-11-22T14:40:00Z - From: agent-1 To: agent-2\n  Intent: <REQUEST|NOTIFY|BLOCK>\n  Message: Review the tests.\n  Acceptance/Test: `dotnet test` passes.\n\n## Handoff Summary");

        var active = Linter.Active(plan);

        Assert.DoesNotContain(active, d => d.Id == RuleIds.MessageEntryIncomplete);
        Assert.Contains(active, d => d.Id == RuleIds.UnfilledPlaceholder);
    }
}
