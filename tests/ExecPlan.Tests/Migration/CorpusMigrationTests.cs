using ExecPlan.Migration;

namespace ExecPlan.Tests.Migration;

/// <summary>
/// Every corpus plan migrates without a crash and once; migrated, it lints with no error but placeholders (EXP0212): where only its
/// author can write something (a rationale, a command, a time zone), migration writes the schema's placeholder, not an invention.
/// </summary>
public sealed class CorpusMigrationTests
{
    public static TheoryData<string> CorpusPlans => Infrastructure.CorpusPlans.All;

    [Theory]
    [MemberData(nameof(CorpusPlans))]
    public void A_corpus_plan_migrates_once_to_a_plan_with_only_placeholder_errors(string plan)
    {
        using var folder = TempFolder.WithGit();
        var path = folder.Write("plans/" + Path.GetFileName(plan), File.ReadAllBytes(plan));

        var first = new PlanMigrator(new MigrationOptions { Owner = "agent-1" }).Migrate(path);
        var second = new PlanMigrator(new MigrationOptions { Owner = "agent-1" }).Migrate(path);

        Assert.Contains(first.Outcome, new[] { MigrationOutcome.Migrated, MigrationOutcome.AlreadyExecPlan });
        Assert.Equal(MigrationOutcome.AlreadyExecPlan, second.Outcome);
        MigrationTests.AssertOnlyPlaceholders(folder.Path, path);
    }
}
