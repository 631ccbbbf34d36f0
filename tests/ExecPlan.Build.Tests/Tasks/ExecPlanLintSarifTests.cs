using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Output;
using Microsoft.Build.Utilities;

namespace ExecPlan.Build.Tests.Tasks;

public sealed class ExecPlanLintSarifTests : IDisposable
{
    private const string Plan = "/repo/PLAN.md";
    private const string Second = "/repo/docs/second-PLAN.md";
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("execplan-sarif-");

    [Fact]
    public void The_SARIF_file_written_file_by_file_has_the_bytes_of_the_whole_run_written_at_once()
    {
        var run = new LintRun(
            [
                new FileReport(Plan, [
                    Findings.Make("EXP0202", Severity.Error, Plan, SourceSpan.FileStart, "The required section is missing."),
                    Findings.Make("EXP0203", Severity.Warning, Plan, new SourceSpan(12, 4, 12, 20)) with { Suppression = new Suppression("disable", "known", 4) },
                    Findings.Make("EXP0207", Severity.Off, Plan, SourceSpan.At(3, 1)),
                ]) { Schema = "cookbook" },
                new FileReport(Second, [Findings.Make("EXP0905", Severity.Info, Second, new SourceSpan(3, 1, 5, 2))]),
                new FileReport("/elsewhere/PLAN.md", []),
            ],
            [Findings.Make("EXP0007", Severity.Error, ".execplan.yaml", SourceSpan.At(2, 3))]);
        var sarif = Path.Combine(folder.FullName, "out", "execplan.sarif");

        Assert.False(NewTask(new FakeBuildEngine(), run, sarif).Execute());

        using var whole = new MemoryStream();
        SarifWriter.Write(run, whole, "/repo");
        Assert.Equal(whole.ToArray(), File.ReadAllBytes(sarif));
    }

    [Fact]
    public void A_lint_that_fails_halfway_leaves_the_earlier_SARIF_file_as_it_was_and_no_temporary_file()
    {
        var sarif = Path.Combine(folder.FullName, "execplan.sarif");
        File.WriteAllText(sarif, "the last build's report");
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, run: null, sarif);
        task.Lint = (_, _, onFile, _, _) =>
        {
            onFile(new FileReport(Plan, [Findings.Make("EXP0202", Severity.Error, Plan, SourceSpan.FileStart)]));
            throw new InvalidOperationException("boom");
        };

        Assert.False(task.Execute());
        Assert.Equal(["EXP0202", "EXP0004"], engine.Errors.Select(e => e.Code));
        Assert.Equal("the last build's report", File.ReadAllText(sarif));
        Assert.Equal([sarif], Directory.GetFiles(folder.FullName));
    }

    [Fact]
    public void A_SARIF_file_that_cannot_be_created_fails_the_task_once_every_finding_is_logged()
    {
        var blocker = Path.Combine(folder.FullName, "blocker");
        File.WriteAllText(blocker, "a file where the report's folder should be");
        var engine = new FakeBuildEngine();
        var run = Findings.Run(
            Findings.Make("EXP0202", Severity.Error, Plan, SourceSpan.FileStart),
            Findings.Make("EXP0203", Severity.Warning, Second, SourceSpan.FileStart));

        Assert.False(NewTask(engine, run, Path.Combine(blocker, "execplan.sarif")).Execute());

        Assert.Equal(["EXP0202", "EXP0004"], engine.Errors.Select(e => e.Code));
        Assert.Single(engine.Warnings);
        Assert.StartsWith("ExecPlan.Build could not lint the plans: IOException:", engine.Errors[^1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(engine.Messages, m => m.Message?.StartsWith("ExecPlan: wrote SARIF", StringComparison.Ordinal) == true);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static ExecPlanLint NewTask(FakeBuildEngine engine, LintRun? run, string sarifFile) => new()
    {
        BuildEngine = engine,
        Root = "/repo",
        Files = [new TaskItem(Plan), new TaskItem(Second)],
        SarifFile = sarifFile,
        Lint = (_, _, onFile, onRunFindings, _) => Findings.Stream(run ?? throw new InvalidOperationException("No run was given."), onFile, onRunFindings),
    };
}
