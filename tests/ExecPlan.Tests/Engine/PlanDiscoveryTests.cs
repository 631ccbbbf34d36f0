using ExecPlan.Configuration;
using ExecPlan.Linting;

namespace ExecPlan.Tests.Engine;

public sealed class PlanDiscoveryTests
{
    private static string[] Relative(TempFolder folder, IEnumerable<string> found) =>
        [.. found.Select(f => Path.GetRelativePath(folder.Path, f).Replace(Path.DirectorySeparatorChar, '/'))];

    [Fact]
    public void Finds_the_built_in_patterns_in_ordinal_order()
    {
        using var folder = new TempFolder();
        foreach (var file in new[]
        {
            "PLAN.md", "src/feature/PLAN.md", "plans/a.md", "plans/2025/b.md", "plans/README.md",
            "docs/fix-login-PLAN.md", "docs/notes.md", "plan.md", "src/readme.md", "plans/data.json",
        })
        {
            folder.Write(file);
        }

        var found = PlanDiscovery.Discover(folder.Path, ExecPlanConfig.Default);

        Assert.Equal(
            ["PLAN.md", "docs/fix-login-PLAN.md", "plans/2025/b.md", "plans/a.md", "src/feature/PLAN.md"],
            Relative(folder, found));
        Assert.Equal(found.OrderBy(f => f, StringComparer.Ordinal), found);
        Assert.All(found, f => Assert.True(Path.IsPathFullyQualified(f)));
    }

    [Fact]
    public void Finds_the_plan_folders_public_repositories_use_but_not_their_policy_index_and_template_files()
    {
        using var folder = new TempFolder();
        foreach (var file in new[]
        {
            ".agent/execplans/add-cache.md", ".agent/plans/b.md", "docs/exec-plans/active/c.md", "docs/execplans/d.md",
            "docs/plans/e.md", "execplans/f.md", ".agent/PLANS.md", ".agent/execplans/README.md", "docs/exec-plans/index.md",
            "docs/execplans/AGENTS.md", "docs/plans/PLANS.md", "docs/EXEC_PLAN.md", "PLANS.md", "AGENTS.md", "docs/guide.md",
            ".agent/exec_plans/active/gtfs/EP-20260329-001_gtfs.md", ".agent/exec_plans/active/gtfs/milestones/MS001_feed.md",
            "docs/plans/TEMPLATE.md", "plans/template.md", "docs/exec-plans/_TEMPLATE.md", "execplans/_template.md",
            "docs/exec-plans/EXEC_PLAN_TEMPLATE.md", "plans/plan-template.md", "plans/PLAN_TEMPLATE.md", "plans/email-template.md",
            "plans/update-plan-template.md", "execplans/Plan_Template.md", "docs/exec-plans/tech-debt-tracker.md", "plans/TECH_DEBT_TRACKER.md",
            ".agent/templates/MILESTONE_TEMPLATE.md", "docs/EXEC_PLANS/diagnostics.md", "Plans/g.md", "specs/001-cache/plan.md",
        })
        {
            folder.Write(file);
        }

        var found = PlanDiscovery.Discover(folder.Path, ExecPlanConfig.Default);

        Assert.Equal(
            [
                ".agent/exec_plans/active/gtfs/EP-20260329-001_gtfs.md",
                ".agent/execplans/add-cache.md", ".agent/plans/b.md", "Plans/g.md", "docs/EXEC_PLANS/diagnostics.md", "docs/exec-plans/active/c.md",
                "docs/execplans/d.md", "docs/plans/e.md", "execplans/f.md", "plans/email-template.md", "plans/update-plan-template.md",
            ],
            Relative(folder, found));
    }

    [Fact]
    public void Finds_a_repositorys_one_EXECPLAN_in_the_spellings_public_repositories_use_but_not_the_format_guide()
    {
        // About a hundred public repositories keep their one plan at the root as EXECPLAN.md or a spelling of it; the ExecPlan
        // format's guide is docs/EXEC_PLAN.md (`dotnet new execplan-policy` writes it), found by its path, not its name.
        using var folder = new TempFolder();
        foreach (var file in new[]
        {
            "EXECPLAN.md", "app/ExecPlan.md", "tools/execplan.md", "svc/EXEC_PLAN.md", "web/exec_plan.md", "cli/exec-plan.md",
            "docs/EXEC_PLAN.md", "Execplan.md", "EXECPLAN.txt", "docs/EXECPLANS.md",
            "EXECPLAN_FX.md", "EXECPLAN-observer.md", "design/SIDE_A_EXECPLAN.md", "svc/auth-EXECPLAN.md", "EXECPLAN_TEMPLATE.md",
            "prompts/execplan-draft.md", "skills/execplan-create.SKILL.md", "references/exec-plan-guide.md", // prompts and guides, not plans
        })
        {
            folder.Write(file);
        }

        Assert.Equal(
            [
                "EXECPLAN-observer.md", "EXECPLAN.md", "EXECPLAN_FX.md", "app/ExecPlan.md", "cli/exec-plan.md", "design/SIDE_A_EXECPLAN.md",
                "svc/EXEC_PLAN.md", "svc/auth-EXECPLAN.md", "tools/execplan.md", "web/exec_plan.md",
            ],
            Relative(folder, PlanDiscovery.Discover(folder.Path, ExecPlanConfig.Default)));

        // The guide is the end of a path: searched from docs/, with the root above or without one (no .git), and in a nested
        // repository, it is still the guide; an include finds it.
        var root = ExecPlanConfig.Default with { Root = folder.Path };
        Assert.Empty(PlanDiscovery.Discover(Path.Combine(folder.Path, "docs"), root));
        Assert.Empty(PlanDiscovery.Discover(Path.Combine(folder.Path, "docs"), ExecPlanConfig.Default));
        folder.Write("vendor/tool/docs/EXEC_PLAN.md");
        Assert.DoesNotContain("vendor/tool/docs/EXEC_PLAN.md", Relative(folder, PlanDiscovery.Discover(folder.Path, root)));

        // A repository cloned as docs/ keeps its one plan EXEC_PLAN.md at its top: inside a known root, that is no guide.
        folder.Write("clones/docs/.git/HEAD");
        folder.Write("clones/docs/EXEC_PLAN.md");
        Assert.Equal(["clones/docs/EXEC_PLAN.md"], Relative(folder, PlanDiscovery.Discover(Path.Combine(folder.Path, "clones/docs"), ExecPlanConfig.Default)));
        Assert.False(PlanDiscovery.IsPlan(Path.Combine(folder.Path, "docs", "EXEC_PLAN.md"), ExecPlanConfig.Default, folder.Path));
        Assert.True(PlanDiscovery.IsPlan(Path.Combine(folder.Path, "svc", "EXEC_PLAN.md"), ExecPlanConfig.Default, folder.Path));
        Assert.Contains("docs/EXEC_PLAN.md", Relative(folder, PlanDiscovery.Discover(folder.Path, root with { Include = ["docs/*.md"] })));
    }

    [Fact]
    public void A_plans_milestone_documents_are_not_plans_unless_their_folder_is_the_one_searched()
    {
        // agentrules keeps each plan's milestones as documents in a milestones/ folder beside the plan.
        using var folder = new TempFolder();
        foreach (var file in new[]
        {
            ".agent/exec_plans/active/gtfs/EP-001_gtfs.md", ".agent/exec_plans/active/gtfs/milestones/MS001_feed.md",
            ".agent/exec_plans/active/gtfs/Milestones/complete/MS002_parse.md", "plans/milestones-PLAN.md", "plans/milestones.md",
            "docs/milestones/m1/PLAN.md", "milestones/2025-q1-PLAN.md", // outside a plan folder, a milestones/ folder holds plans
        })
        {
            folder.Write(file);
        }

        Assert.Equal(
            [".agent/exec_plans/active/gtfs/EP-001_gtfs.md", "docs/milestones/m1/PLAN.md", "milestones/2025-q1-PLAN.md", "plans/milestones-PLAN.md", "plans/milestones.md"],
            Relative(folder, PlanDiscovery.Discover(folder.Path, ExecPlanConfig.Default)));
        Assert.Equal(
            [".agent/exec_plans/active/gtfs/milestones/MS001_feed.md"],
            Relative(folder, PlanDiscovery.Discover(Path.Combine(folder.Path, ".agent/exec_plans/active/gtfs/milestones"), ExecPlanConfig.Default with { Root = folder.Path })));
        Assert.Contains(
            ".agent/exec_plans/active/gtfs/milestones/MS001_feed.md",
            Relative(folder, PlanDiscovery.Discover(folder.Path, ExecPlanConfig.Default with { Include = ["**/milestones/*.md"] })));
    }

    [Fact]
    public void A_folder_inside_a_plan_folder_is_searched_as_part_of_it()
    {
        // `execplan lint docs/plans/2025` lints the plans of that folder: the plan folder is above the one searched.
        using var folder = new TempFolder();
        folder.Write("docs/plans/2025/a.md");
        folder.Write("docs/plans/2025/q1/b.md");
        folder.Write("docs/notes/2025/c.md");
        var root = ExecPlanConfig.Default with { Root = folder.Path };

        Assert.Equal(["docs/plans/2025/a.md", "docs/plans/2025/q1/b.md"], Relative(folder, PlanDiscovery.Discover(Path.Combine(folder.Path, "docs/plans/2025"), root)));
        Assert.Empty(PlanDiscovery.Discover(Path.Combine(folder.Path, "docs/notes"), root));
        Assert.True(PlanDiscovery.IsPlan(Path.Combine(folder.Path, "docs/plans/2025/q1/b.md"), ExecPlanConfig.Default, folder.Path));
    }

    [Fact]
    public void Skips_build_tool_and_git_folders()
    {
        using var folder = new TempFolder();
        foreach (var skipped in new[] { "bin", "obj", "node_modules", ".git", "src/bin", "src/obj/Debug" })
        {
            folder.Write(skipped + "/PLAN.md");
            folder.Write(skipped + "/plans/a.md");
        }

        folder.Write("src/PLAN.md");

        Assert.Equal(["src/PLAN.md"], Relative(folder, PlanDiscovery.Discover(folder.Path, ExecPlanConfig.Default)));
    }

    [Fact]
    public void Include_and_exclude_globs_are_relative_to_the_root()
    {
        using var folder = new TempFolder();
        folder.Write("docs/design/notes.md");
        folder.Write("docs/other.txt");
        folder.Write("plans/live.md");
        folder.Write("plans/archive/old.md");
        var config = ExecPlanConfig.Default with { Include = ["docs/**/*.md"], Exclude = ["plans/archive/**"] };

        var found = PlanDiscovery.Discover(folder.Path, config);

        Assert.Equal(["docs/design/notes.md", "plans/live.md"], Relative(folder, found));
    }

    [Fact]
    public void Include_globs_find_every_name_they_match_not_only_Markdown()
    {
        using var folder = new TempFolder();
        foreach (var file in new[] { "notes/a.txt", "notes/b.md", "agents/deep/any.name", "agents/README.md", "docs/PLANS.md", "docs/other.md" })
        {
            folder.Write(file);
        }

        var config = ExecPlanConfig.Default with { Include = ["notes/*.txt", "agents/**", "docs/PLANS.md"] };

        Assert.Equal(
            ["agents/README.md", "agents/deep/any.name", "docs/PLANS.md", "notes/a.txt"],
            Relative(folder, PlanDiscovery.Discover(folder.Path, config)));
    }

    [Fact]
    public void A_name_holding_a_backslash_is_matched_as_the_globs_read_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no file name holds a backslash there
        }

        // The globs read a backslash as a folder separator: the walk's test on names alone must not decide otherwise.
        using var folder = new TempFolder();
        folder.Write("docs/x\\PLAN.md");
        folder.Write("docs/PLAN.md\\");

        var glob = new Glob("**/PLAN.md");
        var found = PlanDiscovery.Discover(folder.Path, ExecPlanConfig.Default);

        Assert.Equal(
            Directory.GetFiles(folder.Combine("docs")).Where(f => glob.IsMatch(Path.GetRelativePath(folder.Path, f))).Order(StringComparer.Ordinal),
            found);
        Assert.Equal(2, found.Length);
    }

    [Fact]
    public void Skipped_folders_are_known_by_name_whatever_its_case()
    {
        using var folder = new TempFolder();
        foreach (var skipped in new[] { "Bin", "OBJ", "Node_Modules", "src/.GIT" })
        {
            folder.Write(skipped + "/PLAN.md");
        }

        folder.Write("binaries/PLAN.md");

        Assert.Equal(["binaries/PLAN.md"], Relative(folder, PlanDiscovery.Discover(folder.Path, ExecPlanConfig.Default)));
    }

    [Fact]
    public void A_command_line_glob_matches_any_name_and_skips_the_same_folders()
    {
        using var folder = new TempFolder();
        foreach (var file in new[] { "docs/a.txt", "docs/deep/b.txt", "docs/c.md", "docs/bin/d.txt", "other/e.txt" })
        {
            folder.Write(file);
        }

        Assert.Equal(["docs/a.txt", "docs/deep/b.txt"], Relative(folder, PlanDiscovery.Expand("docs/**/*.txt", folder.Path)));
        Assert.Equal(["docs/a.txt", "docs/c.md"], Relative(folder, PlanDiscovery.Expand("docs/*.*", folder.Path)));
    }

    [Fact]
    public void Globs_use_the_given_root_when_searching_a_subfolder()
    {
        using var folder = new TempFolder();
        folder.Write("plans/live.md");
        folder.Write("plans/archive/old.md");
        var config = ExecPlanConfig.Default with { Exclude = ["plans/archive/**"] };

        var fromRoot = PlanDiscovery.Discover(folder.Combine("plans"), config, folder.Path);
        var fromConfigRoot = PlanDiscovery.Discover(folder.Combine("plans"), config with { Root = folder.Path });

        Assert.Equal(["plans/live.md"], Relative(folder, fromRoot));
        Assert.Equal(["plans/live.md"], Relative(folder, fromConfigRoot));
    }

    [Fact]
    public void A_single_file_is_a_plan_exactly_when_discovery_from_the_root_finds_it()
    {
        using var folder = new TempFolder();
        string[] files =
        [
            "PLAN.md", "plans/a.md", "plans/README.md", "docs/notes.md", "docs/design/notes.md", "bin/PLAN.md", "src/obj/plans/a.md",
            "plans/archive/old.md", ".agent/execplans/cache.md", "docs/fix-login-PLAN.md",
        ];
        foreach (var file in files)
        {
            folder.Write(file);
        }

        var config = ExecPlanConfig.Default with { Include = ["docs/design/**/*.md"], Exclude = ["plans/archive/**"] };
        var found = Relative(folder, PlanDiscovery.Discover(folder.Path, config));

        Assert.All(files, f => Assert.Equal(found.Contains(f), PlanDiscovery.IsPlan(folder.Combine(f), config, folder.Path)));
        Assert.True(PlanDiscovery.IsPlan(folder.Combine("plans/not-yet-saved.md"), config, folder.Path));
        Assert.False(PlanDiscovery.IsPlan(Path.Combine(Path.GetTempPath(), "elsewhere", "PLAN.md"), config, folder.Path));
    }

    [Fact]
    public void A_file_stands_in_its_repository_or_alone()
    {
        using var repo = TempFolder.WithGit();
        repo.Write("plans/.execplan.yaml", "schema: cookbook\n");
        using var loose = new TempFolder();

        var inRepo = PlanStanding.Resolve(new LintSettings { WorkingDirectory = repo.Path }, repo.Combine("plans/a.md"));
        var readme = PlanStanding.Resolve(new LintSettings { WorkingDirectory = repo.Path }, repo.Combine("README.md"));
        var alone = PlanStanding.Resolve(new LintSettings { WorkingDirectory = loose.Path }, loose.Combine("PLAN.md"));

        Assert.Equal((repo.Path, true, true, "cookbook"), (inRepo.Root, inRepo.InRepository, inRepo.IsPlan, inRepo.Config.SchemaInForce.Key));
        Assert.Equal(repo.Combine("plans/.execplan.yaml"), inRepo.ConfigFile);
        Assert.False(readme.IsPlan);
        Assert.Equal((false, true, "execplan", null), (alone.InRepository, alone.IsPlan, alone.Config.SchemaInForce.Key, alone.ConfigFile));
    }

    [Fact]
    public void Searching_the_plans_folder_itself_finds_its_plans()
    {
        using var folder = new TempFolder();
        folder.Write("plans/a.md");
        folder.Write("plans/README.md");

        Assert.Equal(["plans/a.md"], Relative(folder, PlanDiscovery.Discover(folder.Combine("plans"), ExecPlanConfig.Default)));
    }

    [Fact]
    public void Symlink_loops_are_not_followed()
    {
        using var folder = new TempFolder();
        folder.Write("a/PLAN.md");
        Directory.CreateSymbolicLink(folder.Combine("a/loop"), folder.Path);
        Directory.CreateSymbolicLink(folder.Combine("link-to-a"), folder.Combine("a"));

        var found = PlanDiscovery.Discover(folder.Path, ExecPlanConfig.Default);

        Assert.Equal(["a/PLAN.md"], Relative(folder, found));
    }

    [Fact]
    public void A_missing_folder_gives_nothing()
    {
        using var folder = new TempFolder();

        Assert.Empty(PlanDiscovery.Discover(folder.Combine("nope"), ExecPlanConfig.Default));
    }
}
