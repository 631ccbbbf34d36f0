using ExecPlan.Scaffolding;

namespace ExecPlan.Tests.Scaffolding;

/// <summary>A new plan file is written whole into its folder, never over an existing file.</summary>
public sealed class NewPlanFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void A_new_plan_is_written_with_its_missing_folders_and_no_temporary_file_is_left()
    {
        var path = folder.Combine("plans/2025-12-01-fix-PLAN.md");

        Assert.Null(NewPlanFile.Write(path, "# PLAN: x\n"));

        Assert.Equal("# PLAN: x\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        var path = folder.Write("plans/fix-PLAN.md", "mine\n");

        Assert.Equal("a file of that name already exists", NewPlanFile.Write(path, "# PLAN: x\n"));

        Assert.Equal("mine\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    public void Dispose() => folder.Dispose();
}
