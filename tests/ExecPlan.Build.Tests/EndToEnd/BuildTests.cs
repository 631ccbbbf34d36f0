namespace ExecPlan.Build.Tests.EndToEnd;

/// <summary>Packs the package, builds throwaway consumers with `dotnet build` and reads what the build printed.</summary>
[Collection(SharedPackageFeed.Name)]
public sealed class BuildTests(PackageFeed feed)
{
    private const string MissingRequired = "EXP0202";
    private const string MissingRecommended = "EXP0203";
    private const string InvalidFieldValue = "EXP0104";
    private const string InvalidConfig = "EXP0007";

    [Fact]
    public void A_compliant_plan_builds_and_an_unchanged_rebuild_skips_the_lint_until_a_plan_changes()
    {
        var repo = feed.NewConsumer("compliant").Project("app").Write("PLAN.md", Plans.Compliant);

        var first = repo.Build("app", "-v:d");
        Assert.True(first.Succeeded, first.ToString());
        Assert.True(first.RanLint, first.ToString());
        Assert.Empty(first.Findings);

        var second = repo.Build("app", "-v:d");
        Assert.True(second.Succeeded, second.ToString());
        Assert.True(second.SkippedLint, second.ToString());

        repo.Write("PLAN.md", Plans.Compliant.Replace("None yet.", "Nothing shipped yet.", StringComparison.Ordinal));
        var edited = repo.Build("app", "-v:d");
        Assert.True(edited.Succeeded, edited.ToString());
        Assert.True(edited.RanLint, edited.ToString());
        Assert.False(edited.SkippedLint, edited.ToString());
    }

    [Fact]
    public void A_broken_plan_fails_the_build_with_canonical_lines_and_SARIF_unless_the_lint_is_disabled()
    {
        var broken = Plans.Compliant.Without("Plan of Work");
        var badStatus = Plans.Compliant.Replace("status: IN_PROGRESS", "status: in-progress", StringComparison.Ordinal);
        var repo = feed.NewConsumer("broken").Project("app").Write("PLAN.md", broken).Write("docs/second-PLAN.md", badStatus);

        var build = repo.Build("app", "-p:ExecPlanSarifFile=../artifacts/execplan.sarif");

        Assert.False(build.Succeeded, build.ToString());
        var missing = Assert.Single(build.WithCode(MissingRequired));
        Assert.Equal((repo.PathOf("PLAN.md"), "error"), (missing.File, missing.Severity));
        Assert.Contains("Plan of Work", missing.Message, StringComparison.Ordinal);
        // Reported where the section belongs: at the heading of the next schema section.
        Assert.Equal((broken.LineOf("## Milestones"), 1), (missing.Line, missing.Column));

        var status = Assert.Single(build.WithCode(InvalidFieldValue));
        Assert.Equal((repo.PathOf("docs/second-PLAN.md"), "error"), (status.File, status.Severity));
        Assert.Equal(badStatus.LineOf("status: in-progress"), status.Line);
        Assert.DoesNotContain(build.Findings, f => f.File == repo.PathOf("docs/second-PLAN.md") && f.Code == MissingRequired);

        var sarif = File.ReadAllText(repo.PathOf("artifacts/execplan.sarif"));
        Assert.Contains(MissingRequired, sarif, StringComparison.Ordinal);
        Assert.Contains(InvalidFieldValue, sarif, StringComparison.Ordinal);

        var disabled = repo.Build("app", "-p:ExecPlanLintEnabled=false");
        Assert.True(disabled.Succeeded, disabled.ToString());
        Assert.Empty(disabled.Findings);
    }

    [Fact]
    public void Named_pipes_as_config_lock_file_policy_pointer_and_plan_fail_the_build_at_once_instead_of_hanging_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var repo = feed.NewConsumer("pipes").Project("app").Write("PLAN.md", Plans.Compliant);
        foreach (var name in new[] { ".execplan.yaml", ".agent-locks.yaml", "PLANS.md", "plans/pipe-PLAN.md" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(repo.PathOf(name))!);
            var mkfifo = ChildProcess.Run("mkfifo", repo.Root, [repo.PathOf(name)]);
            Assert.True(mkfifo.Succeeded, mkfifo.ToString());
        }

        var build = repo.Build("app");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains(build.WithCode(InvalidConfig), f => f.File == repo.PathOf(".execplan.yaml") && f.Message.Contains("named pipe", StringComparison.Ordinal));
        Assert.Contains(build.WithCode("EXP0901"), f => f.File == repo.PathOf(".agent-locks.yaml") && f.Message.Contains("named pipe", StringComparison.Ordinal));
        Assert.Contains(build.WithCode("EXP0001"), f => f.File == repo.PathOf("PLANS.md"));
        Assert.Contains(build.WithCode("EXP0001"), f => f.File == repo.PathOf("plans/pipe-PLAN.md"));
    }

    [Fact]
    public void A_repository_without_plans_builds()
    {
        var repo = feed.NewConsumer("no-plans").Project("app");

        var build = repo.Build("app");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Findings);
    }

    [Fact]
    public void A_multi_targeted_project_reports_each_finding_once_and_honours_NoWarn_in_its_outer_build()
    {
        var plan = Plans.Compliant.Without("Plan of Work").Without("Milestones");
        var repo = feed.NewConsumer("multi").Project("app", "net8.0;net10.0").Write("PLAN.md", plan);

        var build = repo.Build("app");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Single(build.WithCode(MissingRequired));
        Assert.Single(build.WithCode(MissingRecommended));

        var silenced = repo.Build("app", "-p:NoWarn=" + MissingRecommended);
        Assert.Single(silenced.WithCode(MissingRequired));
        Assert.Empty(silenced.WithCode(MissingRecommended));
    }

    [Fact]
    public void NoWarn_MSBuildWarningsAsErrors_TreatWarningsAsErrors_and_the_level_act_on_a_lint_warning()
    {
        var repo = feed.NewConsumer("warnings").Project("app").Write("PLAN.md", Plans.Compliant.Without("Milestones"));

        var plain = repo.Build("app");
        Assert.True(plain.Succeeded, plain.ToString());
        var warning = Assert.Single(plain.WithCode(MissingRecommended));
        Assert.Equal(("warning", repo.PathOf("PLAN.md")), (warning.Severity, warning.File));

        var silenced = repo.Build("app", "-p:NoWarn=" + MissingRecommended);
        Assert.True(silenced.Succeeded, silenced.ToString());
        Assert.Empty(silenced.WithCode(MissingRecommended));

        var promoted = repo.Build("app", "-p:MSBuildWarningsAsErrors=" + MissingRecommended);
        Assert.False(promoted.Succeeded, promoted.ToString());
        Assert.Equal("error", Assert.Single(promoted.WithCode(MissingRecommended)).Severity);

        var everyWarning = repo.Build("app", "-p:TreatWarningsAsErrors=true");
        Assert.False(everyWarning.Succeeded, everyWarning.ToString());
        Assert.Equal("error", Assert.Single(everyWarning.WithCode(MissingRecommended)).Severity);

        var minimal = repo.Build("app", "-p:ExecPlanLevel=minimal");
        Assert.True(minimal.Succeeded, minimal.ToString());
        Assert.Empty(minimal.WithCode(MissingRecommended));
    }

    [Fact]
    public void The_config_file_sets_severities_and_editing_it_reruns_the_lint()
    {
        var repo = feed.NewConsumer("config").Project("app").Write("PLAN.md", Plans.Compliant.Without("Milestones"));

        repo.Write(".execplan.yaml", $"rules:\n  {MissingRecommended}: error\n");
        var strict = repo.Build("app");
        Assert.False(strict.Succeeded, strict.ToString());
        Assert.Equal("error", Assert.Single(strict.WithCode(MissingRecommended)).Severity);

        repo.Write(".execplan.yaml", $"rules:\n  {MissingRecommended}: off\n");
        var relaxed = repo.Build("app", "-v:d");
        Assert.True(relaxed.Succeeded, relaxed.ToString());
        Assert.True(relaxed.RanLint, relaxed.ToString());
        Assert.Empty(relaxed.Findings);

        repo.Write(".execplan.yaml", "colour: blue\n");
        var invalid = repo.Build("app");
        Assert.False(invalid.Succeeded, invalid.ToString());
        var config = Assert.Single(invalid.WithCode(InvalidConfig));
        Assert.Equal((repo.PathOf(".execplan.yaml"), 1), (config.File, config.Line));
    }

    [Fact]
    public void A_baseline_lets_a_repository_of_real_plans_build_and_fails_it_on_one_new_error_alone()
    {
        var repo = feed.NewConsumer("baseline").Project("app");
        var corpus = Plans.Corpus();
        foreach (var (name, text) in corpus)
        {
            repo.Write("docs/exec-plans/" + name, text);
        }

        Assert.False(repo.Build("app").Succeeded);

        // Today's findings recorded where ExecPlanBaselineFile points (what `execplan baseline --output` writes).
        var recorded = new Linting.PlanLinter(new Linting.LintSettings { RootDirectory = repo.Root, WorkingDirectory = repo.Root, UseBaseline = false })
            .Lint([repo.Root]).Baseline!.Recorded;
        repo.Write("ci/execplan-baseline.json", recorded.ToJson());
        var known = repo.Build("app", "-v:d", "-p:ExecPlanBaselineFile=../ci/execplan-baseline.json");
        Assert.True(known.Succeeded, known.ToString());
        Assert.DoesNotContain(known.Findings, f => f.Severity == "error");
        Assert.Contains("in the baseline.", known.Text, StringComparison.Ordinal);

        // A paragraph under every title keeps the old findings known; one new error fails the build, alone.
        foreach (var (name, text) in corpus)
        {
            repo.Write("docs/exec-plans/" + name, text.WithParagraphUnderTitle());
        }

        var changed = corpus[3].Name;
        repo.Write("docs/exec-plans/" + changed, corpus[3].Text.WithParagraphUnderTitle() + "\nSee <Task Name> for the details.\n");
        var fresh = repo.Build("app", "-p:ExecPlanBaselineFile=../ci/execplan-baseline.json");
        Assert.False(fresh.Succeeded, fresh.ToString());
        var error = Assert.Single(fresh.Findings, f => f.Severity == "error");
        Assert.Equal(("EXP0212", repo.PathOf("docs/exec-plans/" + changed)), (error.Code, error.File));

        // A broken baseline fails the build where it goes wrong, and editing it reruns the lint.
        repo.Write("ci/execplan-baseline.json", "{ \"version\": 1 }\n");
        var invalid = repo.Build("app", "-p:ExecPlanBaselineFile=../ci/execplan-baseline.json");
        Assert.False(invalid.Succeeded, invalid.ToString());
        var problem = Assert.Single(invalid.WithCode("EXP0011"));
        Assert.Equal((repo.PathOf("ci/execplan-baseline.json"), 1), (problem.File, problem.Line));
    }

    [Fact]
    public void A_folders_config_chooses_its_plans_format_ExecPlanSchema_overrides_it_and_editing_it_reruns_the_lint()
    {
        const string cookbookPlan = "# Add a cache\n\n## Purpose / Big Picture\n\nFaster pages.\n\n## Progress\n\n- [x] (2025-10-01 13:00Z) Added the cache.\n\n"
            + "## Surprises & Discoveries\n\nNone yet.\n\n## Decision Log\n\nNone yet.\n\n## Outcomes & Retrospective\n\nCached.\n";
        var repo = feed.NewConsumer("formats").Project("app")
            .Write("PLAN.md", Plans.Compliant)
            .Write("legacy/.execplan.yaml", "schema: cookbook\nlevel: minimal\n")
            .Write("legacy/plans/cache.md", cookbookPlan);

        var build = repo.Build("app");
        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Findings);

        // The build's property puts every plan in one format: the cookbook plan, read as an ExecPlan, has no front matter.
        var forced = repo.Build("app", "-p:ExecPlanSchema=execplan");
        Assert.False(forced.Succeeded, forced.ToString());
        Assert.Contains(forced.Findings, f => f.File == repo.PathOf("legacy/plans/cache.md") && f.Code == "EXP0101");

        repo.Write("legacy/.execplan.yaml", "schema: execplan\n");
        var edited = repo.Build("app");
        Assert.False(edited.Succeeded, edited.ToString());
        Assert.Contains(edited.Findings, f => f.File == repo.PathOf("legacy/plans/cache.md") && f.Code == "EXP0101");

        var invalid = repo.Build("app", "-p:ExecPlanSchema=plans");
        Assert.False(invalid.Succeeded, invalid.ToString());
        Assert.Contains("Invalid ExecPlanSchema 'plans'; allowed: execplan, cookbook", invalid.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExecPlanTaskAssembly_points_the_build_at_a_freshly_built_task()
    {
        var fresh = typeof(ExecPlanLint).Assembly.Location;
        var repo = feed.NewConsumer("fresh-task").Project("app").Write("PLAN.md", Plans.Compliant.Without("Plan of Work"));

        var build = repo.Build("app", "-v:diag", "-p:ExecPlanTaskAssembly=" + fresh);

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains($"Using \"ExecPlanLint\" task from assembly \"{fresh}\"", build.Text, StringComparison.Ordinal);
        Assert.Single(build.WithCode(MissingRequired));
    }

    [Fact]
    public void The_SDK_MSBuild_loads_the_task_precompiled_for_the_runtime_it_runs_on_and_lints_with_it()
    {
        var repo = feed.NewConsumer("precompiled-task").Project("app").Write("PLAN.md", Plans.Compliant.Without("Plan of Work"));

        var build = repo.Build("app", "-v:diag");

        // The package holds a precompiled copy for linux-x64 only; elsewhere the portable net10.0 build is the one loaded.
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var folder = rid == "linux-x64" ? Path.Combine("net10.0", rid) : "net10.0";
        var task = Path.Combine(feed.Packages, "execplan.build", PackageFeed.Version, "tasks", folder, "ExecPlan.Build.dll");
        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains($"Using \"ExecPlanLint\" task from assembly \"{task}\"", build.Text, StringComparison.Ordinal);
        Assert.Contains($"Using \"DiscoverExecPlans\" task from assembly \"{task}\"", build.Text, StringComparison.Ordinal);
        Assert.Single(build.WithCode(MissingRequired));
    }

    [Fact]
    public void Two_projects_in_one_build_node_report_a_plan_once()
    {
        var reference = """<ItemGroup><ProjectReference Include="../lib/lib.csproj" /></ItemGroup>""";
        var repo = feed.NewConsumer("two-projects").Project("lib").Project("app", extra: reference).Write("PLAN.md", Plans.Compliant.Without("Plan of Work"));

        var build = repo.Build("app", "-m:1");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Single(build.WithCode(MissingRequired));
    }
}
