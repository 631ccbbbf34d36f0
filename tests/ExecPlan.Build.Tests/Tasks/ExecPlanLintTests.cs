using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Schema.Generated;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ExecPlan.Build.Tests.Tasks;

public sealed class ExecPlanLintTests
{
    private const string Plan = "/repo/PLAN.md";

    [Fact]
    public void Errors_warnings_and_infos_are_logged_with_code_help_keyword_file_and_position()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, Findings.Run(
            Findings.Make("EXP0202", Severity.Error, Plan, SourceSpan.FileStart, "The required section '## Plan of Work' is missing."),
            Findings.Make("EXP0203", Severity.Warning, Plan, new SourceSpan(12, 4, 12, 20), "Braces {section} are text, not a format item."),
            Findings.Make("EXP0905", Severity.Info, Plan, new SourceSpan(3, 1, 5, 2))));

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(("EXP0202", "EXP0202", Plan), (error.Code, error.HelpKeyword, error.File));
        Assert.Equal((1, 1, 0, 0), (error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber));
        Assert.Equal("The required section '## Plan of Work' is missing.", error.Message);

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(("EXP0203", "EXP0203", Plan), (warning.Code, warning.HelpKeyword, warning.File));
        Assert.Equal((12, 4, 12, 20), (warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber));
        Assert.Equal("Braces {section} are text, not a format item.", warning.Message);

        var info = Assert.Single(engine.Messages, m => m.Code == "EXP0905");
        Assert.Equal(MessageImportance.High, info.Importance);
        Assert.Equal((Plan, 3, 1, 5, 2), (info.File, info.LineNumber, info.ColumnNumber, info.EndLineNumber, info.EndColumnNumber));
    }

    [Fact]
    public void A_fixable_finding_says_that_execplan_fix_fixes_it_and_the_build_writes_nothing()
    {
        static Fixes.PlanFix Fix(Fixes.FixSafety safety) => new("f", safety, [new Fixes.TextEdit(0, 0, "x", SourceSpan.FileStart)]);
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, Findings.Run(
            Findings.Make("EXP0206", Severity.Warning, Plan, SourceSpan.FileStart, "Safe.") with { Fixes = [Fix(Fixes.FixSafety.Safe)] },
            Findings.Make("EXP0202", Severity.Error, Plan, SourceSpan.FileStart, "Unsafe.") with { Fixes = [Fix(Fixes.FixSafety.Unsafe)] }));

        Assert.False(task.Execute());

        Assert.Equal("Safe. (`execplan fix` fixes this.)", Assert.Single(engine.Warnings).Message);
        Assert.Equal("Unsafe. (`execplan fix --unsafe-fixes` fixes this; review the text it adds.)", Assert.Single(engine.Errors).Message);
    }

    [Fact]
    public void The_placeholders_of_a_draft_plan_are_one_message_at_the_first_and_other_findings_stay_as_they_are()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, Findings.Run(
            Findings.Make(RuleIds.UnfilledPlaceholder, Severity.Info, Plan, new SourceSpan(14, 3, 14, 10), "Template placeholder '<a>' is not filled in."),
            Findings.Make(RuleIds.UnfilledPlaceholder, Severity.Info, Plan, new SourceSpan(20, 1, 20, 5), "Template placeholder '<b>' is not filled in."),
            Findings.Make(RuleIds.UnfilledPlaceholder, Severity.Info, Plan, new SourceSpan(31, 1, 31, 5), "Template placeholder '<c>' is not filled in."),
            Findings.Make("EXP0203", Severity.Warning, Plan, SourceSpan.FileStart),
            Findings.Make(RuleIds.UnfilledPlaceholder, Severity.Info, "/repo/other-PLAN.md", new SourceSpan(5, 1, 5, 5), "Template placeholder '<d>' is not filled in.")));

        Assert.True(task.Execute());

        var placeholders = engine.Messages.Where(m => m.Code == RuleIds.UnfilledPlaceholder).ToList();
        Assert.Equal(2, placeholders.Count);
        var summary = Assert.Single(placeholders, m => m.File == Plan);
        Assert.Equal((14, 3), (summary.LineNumber, summary.ColumnNumber));
        Assert.Equal("3 template placeholders are left to fill in this DRAFT plan, the first at line 14; `execplan lint` lists them all.", summary.Message);
        Assert.Equal("Template placeholder '<d>' is not filled in.", Assert.Single(placeholders, m => m.File != Plan).Message); // one alone stays as it is
        Assert.Single(engine.Warnings);
    }

    [Fact]
    public void A_real_draft_plan_started_from_placeholders_is_one_build_message()
    {
        using var folder = TempFolder.WithGit();
        var draft = Plans.Compliant
            .Replace("status: IN_PROGRESS", "status: DRAFT", StringComparison.Ordinal)
            .Replace("Show a compliant plan.", "<What the plan achieves>\n\n<Why it matters>\n\n<Who asked>", StringComparison.Ordinal);
        var path = folder.Write("PLAN.md", draft);
        var engine = new FakeBuildEngine();
        var task = new ExecPlanLint { BuildEngine = engine, Root = folder.Path, Files = [new TaskItem(path)] };

        task.Execute();

        var message = Assert.Single(engine.Messages, m => m.Code == RuleIds.UnfilledPlaceholder);
        Assert.StartsWith("3 template placeholders are left to fill", message.Message, StringComparison.Ordinal);
        Assert.Equal(draft.LineOf("<What the plan achieves>"), message.LineNumber);
    }

    [Fact]
    public void Warnings_and_infos_alone_pass_the_build()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, Findings.Run(
            Findings.Make("EXP0203", Severity.Warning, Plan, SourceSpan.FileStart),
            Findings.Make("EXP0905", Severity.Info, Plan, SourceSpan.FileStart)));

        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.Single(engine.Warnings);
    }

    [Fact]
    public void A_file_s_findings_are_logged_before_the_next_file_is_linted()
    {
        const string second = "/repo/docs/second-PLAN.md";
        var engine = new FakeBuildEngine();
        var loggedBeforeSecondFile = new List<string>();
        var task = NewTask(engine, run: null);
        task.Lint = (_, _, onFile, onRunFindings, _) =>
        {
            onRunFindings([Findings.Make("EXP0007", Severity.Error, ".execplan.yaml", SourceSpan.At(2, 3))]);
            onFile(new FileReport(Plan, [Findings.Make("EXP0202", Severity.Error, Plan, SourceSpan.FileStart)]));
            loggedBeforeSecondFile.AddRange(engine.Errors.Select(e => e.Code)); // the engine would lint the second file now
            onFile(new FileReport(second, [Findings.Make("EXP0203", Severity.Warning, second, SourceSpan.FileStart)]));
            return new LintTotals([], Files: 2, Errors: 2, Warnings: 1, Infos: 0, Suppressed: 0);
        };

        Assert.False(task.Execute());
        Assert.Equal(["EXP0007", "EXP0202"], loggedBeforeSecondFile);
        Assert.Equal(["EXP0007", "EXP0202"], engine.Errors.Select(e => e.Code));
        Assert.Equal(second, Assert.Single(engine.Warnings).File);
    }

    [Fact]
    public void A_file_handed_on_after_the_lint_returned_is_not_logged()
    {
        var engine = new FakeBuildEngine();
        Action<FileReport>? late = null;
        var task = NewTask(engine, run: null);
        task.Lint = (_, _, onFile, onRunFindings, _) =>
        {
            late = onFile; // as a linting thread the engine left behind could still do
            return Findings.Stream(Findings.Run(), onFile, onRunFindings);
        };

        Assert.True(task.Execute());
        late!(new FileReport(Plan, [Findings.Make("EXP0202", Severity.Error, Plan, SourceSpan.FileStart)]));
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void A_finding_that_cannot_be_logged_ends_the_task_with_its_own_exception_and_never_throws_into_the_engine()
    {
        var engine = new FakeBuildEngine();
        var handedOnEveryFile = false;
        var task = NewTask(engine, run: null);
        task.Lint = (_, _, onFile, onRunFindings, _) =>
        {
            onFile(new FileReport(Plan, [Findings.Make("EXP0202", Severity.Error, Plan, SourceSpan.FileStart)]));
            onFile(new FileReport("/repo/a\0b.md", [Findings.Make("EXP0203", Severity.Error, "/repo/a\0b.md", SourceSpan.FileStart)]));
            onFile(new FileReport("/repo/c.md", [Findings.Make("EXP0204", Severity.Error, "/repo/c.md", SourceSpan.FileStart)]));
            handedOnEveryFile = true;
            return new LintTotals([], Files: 3, Errors: 3, Warnings: 0, Infos: 0, Suppressed: 0);
        };

        Assert.False(task.Execute());
        Assert.True(handedOnEveryFile);
        Assert.Equal(["EXP0202", "EXP0004"], engine.Errors.Select(e => e.Code));
        Assert.StartsWith("ExecPlan.Build could not lint the plans: ArgumentException:", engine.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plans_read_in_the_default_format_without_front_matter_get_one_message_on_choosing_the_format()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, Findings.Run(Findings.Make("EXP0203", Severity.Warning, Plan, SourceSpan.FileStart)) with { PlansWithoutFormat = 3 });

        Assert.True(task.Execute());
        var hint = Assert.Single(engine.Messages, m => m.Message?.Contains("schema: cookbook", StringComparison.Ordinal) == true);
        Assert.Equal(MessageImportance.High, hint.Importance);
        Assert.Contains("3 plans have no front matter", hint.Message, StringComparison.Ordinal);
        Assert.Contains("ExecPlanSchema=cookbook", hint.Message, StringComparison.Ordinal);

        var quiet = new FakeBuildEngine();
        Assert.True(NewTask(quiet, Findings.Run(Findings.Make("EXP0203", Severity.Warning, Plan, SourceSpan.FileStart))).Execute());
        Assert.DoesNotContain(quiet.Messages, m => m.Message?.Contains("schema: cookbook", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_relative_finding_path_is_resolved_against_the_root()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, Findings.Run(Findings.Make("EXP0007", Severity.Error, ".execplan.yaml", SourceSpan.At(2, 3))));

        Assert.False(task.Execute());
        Assert.Equal(Path.GetFullPath("/repo/.execplan.yaml"), Assert.Single(engine.Errors).File);
    }

    [Fact]
    public void Suppressed_and_disabled_findings_are_not_logged()
    {
        var engine = new FakeBuildEngine();
        var suppressed = Findings.Make("EXP0202", Severity.Error, Plan, SourceSpan.FileStart) with { Suppression = new Suppression("disable", "known", 4) };
        var task = NewTask(engine, Findings.Run(suppressed, Findings.Make("EXP0203", Severity.Off, Plan, SourceSpan.FileStart)));

        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void TreatWarningsAsErrors_promotes_warnings_except_WarningsNotAsErrors_and_NoWarn()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, Findings.Run(
            Findings.Make("EXP0203", Severity.Warning, Plan, SourceSpan.At(2, 1)),
            Findings.Make("EXP0207", Severity.Warning, Plan, SourceSpan.At(3, 1)),
            Findings.Make("EXP0306", Severity.Warning, Plan, SourceSpan.At(4, 1))));
        task.TreatWarningsAsErrors = true;
        task.WarningsNotAsErrors = "EXP0207";
        task.NoWarn = "CS1591;EXP0306";

        Assert.False(task.Execute());
        Assert.Equal("EXP0203", Assert.Single(engine.Errors).Code);
        Assert.Equal(["EXP0207", "EXP0306"], engine.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void A_second_project_in_the_same_build_does_not_report_the_same_findings_again()
    {
        var engine = new FakeBuildEngine();
        var run = Findings.Run(Findings.Make("EXP0202", Severity.Error, Plan, SourceSpan.FileStart));

        Assert.False(NewTask(engine, run).Execute());
        Assert.True(NewTask(engine, run).Execute());
        Assert.Single(engine.Errors);
    }

    [Fact]
    public void An_exception_from_the_engine_becomes_one_error_without_a_stack_trace()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, run: null);
        task.Lint = (_, _, _, _, _) => throw new InvalidOperationException("boom\n   at Somewhere.Deep()");

        var result = task.Execute();

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("EXP0004", error.Code);
        Assert.Contains("InvalidOperationException: boom", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_level_is_one_clear_error()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, Findings.Run());
        task.Level = "strictest";

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal("EXP0007", error.Code);
        Assert.Contains("strictest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_level_reaches_the_engine_case_insensitively()
    {
        LintSettings? seen = null;
        var task = NewTask(new FakeBuildEngine(), run: null);
        task.Level = "MINIMAL";
        task.Lint = (settings, _, onFile, onRunFindings, _) =>
        {
            seen = settings;
            return Findings.Stream(Findings.Run(), onFile, onRunFindings);
        };

        Assert.True(task.Execute());
        Assert.Equal(LevelNames.Minimal, seen?.Level);
    }

    [Fact]
    public async System.Threading.Tasks.Task Cancel_stops_a_running_lint_and_fails_without_an_error()
    {
        var engine = new FakeBuildEngine();
        using var started = new ManualResetEventSlim();
        var task = NewTask(engine, run: null);
        task.Lint = (_, _, onFile, onRunFindings, token) =>
        {
            started.Set();
            token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            token.ThrowIfCancellationRequested();
            return Findings.Stream(Findings.Run(), onFile, onRunFindings);
        };

        var execution = System.Threading.Tasks.Task.Run(task.Execute);
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)));
        task.Cancel();

        Assert.False(await execution.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void Control_characters_in_a_finding_file_and_message_are_logged_as_escapes()
    {
        // A plan named so that MSBuild's `file(l,c): error CODE: message` line would print a second, forged compiler error.
        var hostile = "/repo/x\nFake.cs(9,9): error CS0001: injected. y-PLAN.md";
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, Findings.Run(
            Findings.Make("EXP0202", Severity.Error, hostile, SourceSpan.FileStart, "Heading '\u001B[2J\u202Egnp.exe' is\r\nbad."),
            Findings.Make("EXP0203", Severity.Warning, hostile, SourceSpan.FileStart, "tab\there"),
            Findings.Make("EXP0905", Severity.Info, hostile, SourceSpan.FileStart, "bell\u0007")));

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(Path.GetFullPath("/repo/x") + "\\nFake.cs(9,9): error CS0001: injected. y-PLAN.md", error.File);
        Assert.Equal("Heading '\\x1B[2J\\u202Egnp.exe' is\\r\\nbad.", error.Message);
        Assert.Equal("tab\\there", Assert.Single(engine.Warnings).Message);
        Assert.Equal("bell\\x07", Assert.Single(engine.Messages, m => m.Code == "EXP0905").Message);
        Assert.DoesNotContain('\n', Assert.Single(engine.Messages, m => m.Code == "EXP0905").File);
    }

    private static ExecPlanLint NewTask(FakeBuildEngine engine, LintRun? run) => new()
    {
        BuildEngine = engine,
        Root = "/repo",
        Files = [new TaskItem(Plan)],
        Lint = (_, _, onFile, onRunFindings, _) => Findings.Stream(run ?? throw new InvalidOperationException("No run was given."), onFile, onRunFindings),
    };
}
