using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ExecPlan.Baselines;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Output;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Baselines;

/// <summary>A baseline on real files: recorded from a run, read back by the next, matched however the plan's other lines move.</summary>
public sealed class BaselineTests : IDisposable
{
    private const string PlanPath = "docs/exec-plans/demo-PLAN.md";
    private const string OpenItem = "- [ ] 2025-11-22T14:30:00Z - Run the tests (Owner: agent-1)";

    // Three identical Progress items without a timestamp or an owner: three identical findings of each rule they break.
    private static readonly string ThreeAlike = Plans.With(OpenItem, "- [ ] Do it\n- [ ] Do it\n- [ ] Do it");

    private readonly TempFolder _folder = TempFolder.WithGit();

    public void Dispose() => _folder.Dispose();

    private LintRun Lint(string? baseline = null, bool use = true, params string[] paths) =>
        new PlanLinter(new LintSettings
        {
            Clock = new FixedClock(Linter.Now),
            RootDirectory = _folder.Path,
            WorkingDirectory = _folder.Path,
            BaselineFile = baseline,
            UseBaseline = use,
        }).Lint(paths.Length == 0 ? [_folder.Path] : paths);

    // Records today's findings to the default file at the root, as `execplan baseline` does.
    private BaselineFile Record()
    {
        var baseline = Lint(use: false).Baseline!.Recorded;
        File.WriteAllText(_folder.Combine(BaselineFile.DefaultName), baseline.ToJson());
        return baseline;
    }

    private static ImmutableArray<Diagnostic> Active(LintRun run) => [.. run.All.Where(d => d.IsActive)];

    [Fact]
    public void A_recorded_baseline_suppresses_every_finding_it_holds()
    {
        _folder.Write(PlanPath, ThreeAlike);
        var before = Active(Lint());
        Assert.NotEmpty(before);

        var baseline = Record();
        var run = Lint();

        Assert.Empty(Active(run));
        Assert.Equal(before.Length, baseline.Findings);
        Assert.Equal(before.Length, LintTotals.Of(run).Baselined);
        Assert.All(run.Files.SelectMany(f => f.Diagnostics), d => Assert.Equal(BaselineState.Unchanged, d.BaselineState));
    }

    [Fact]
    public void Lines_inserted_above_a_finding_leave_it_matched()
    {
        _folder.Write(PlanPath, ThreeAlike);
        Record();
        _folder.Write(PlanPath, ThreeAlike.Replace("Show a compliant plan.", "Show a compliant plan.\n\nA second paragraph,\nand a third line.", StringComparison.Ordinal));

        Assert.Empty(Active(Lint()));
    }

    [Fact]
    public void Fixing_one_of_three_identical_findings_leaves_two_matched_and_one_entry_stale()
    {
        _folder.Write(PlanPath, ThreeAlike);
        Record();
        // The missing owner of the three is one finding, anchored to the section and not to the first item's line: it is not counted.
        var perItem = Active(Lint(use: false)).Count(d => d.Span.Line == ThreeAlike.LineOf("- [ ] Do it") && d.Id != RuleIds.ProgressItemOwner);
        Assert.True(perItem > 0);

        // The first item gets its stamp and owner: its findings are gone, the other two items' still match, and so does the one
        // finding of the owners the other two still lack.
        _folder.Write(PlanPath, Plans.Replace(ThreeAlike, "- [ ] Do it\n- [ ] Do it", OpenItem + "\n- [ ] Do it"));
        var run = Lint();

        Assert.Empty(Active(run).Where(d => d.Id != RuleIds.StaleBaselineEntry));
        var stale = run.RunDiagnostics.Where(d => d.Id == RuleIds.StaleBaselineEntry).ToList();
        Assert.Equal(perItem, stale.Count);
        Assert.All(stale, d =>
        {
            Assert.Equal(Severity.Info, d.Severity);
            Assert.Equal(_folder.Combine(BaselineFile.DefaultName), d.FilePath);
            Assert.StartsWith("The baseline holds 1 ", d.Message, StringComparison.Ordinal);
            Assert.Equal(BaselineState.Absent, d.BaselineState);
        });
    }

    [Fact]
    public void One_finding_for_items_that_lack_the_same_owner_stays_known_as_items_are_added_or_fixed()
    {
        _folder.Write(PlanPath, ThreeAlike);
        Record();

        // Another item without an owner joins the three: the finding that says so is the one the baseline knows.
        _folder.Write(PlanPath, Plans.Replace(ThreeAlike, "- [ ] Do it\n- [ ] Do it\n- [ ] Do it", "- [ ] Do it\n- [ ] Do it\n- [ ] Do it\n- [ ] 2025-11-22T15:00:00Z - Ship it"));
        var run = Lint();

        var owners = Assert.Single(run.Files.Single().Diagnostics, d => d.Id == RuleIds.ProgressItemOwner);
        Assert.False(owners.IsActive);
        Assert.Contains("(nor do 3 other items)", owners.Message, StringComparison.Ordinal);
        Assert.Empty(Active(run).Where(d => d.Id != RuleIds.StaleBaselineEntry));
    }

    [Fact]
    public void Editing_the_line_of_a_finding_makes_it_new()
    {
        _folder.Write(PlanPath, ThreeAlike);
        Record();
        _folder.Write(PlanPath, Plans.Replace(ThreeAlike, "- [ ] Do it\n- [ ] Do it\n- [ ] Do it", "- [ ] Do it\n- [ ] Do it\n- [ ] Do it now"));

        var run = Lint();
        var fresh = Active(run).Where(d => d.Id != RuleIds.StaleBaselineEntry).ToList();
        Assert.NotEmpty(fresh);
        Assert.All(fresh, d =>
        {
            Assert.Equal(ThreeAlike.LineOf("- [ ] Do it") + 2, d.Span.Line);
            Assert.Equal(BaselineState.New, d.BaselineState);
        });
    }

    [Fact]
    public void A_finding_of_the_whole_file_survives_a_line_added_at_the_top()
    {
        var plan = Plans.Compliant[(Plans.FrontMatter.Length + 1)..]; // no front matter: EXP0101 at the file's start
        _folder.Write(PlanPath, plan);
        Assert.Contains(Active(Lint()), d => d.Id == RuleIds.MissingFrontMatter);
        Record();

        _folder.Write(PlanPath, "\n" + plan);
        Assert.DoesNotContain(Active(Lint()), d => d.Id == RuleIds.MissingFrontMatter);
    }

    [Fact]
    public void A_cookbook_plan_is_baselined_like_any_other()
    {
        const string cookbook = """
            # Ship the exporter

            ## Purpose / Big Picture

            Export the data.

            ## Progress

            - [x] Wrote the exporter
            - [ ] Wire it up

            ## Surprises & Discoveries

            - None yet.

            ## Decision Log

            - Decision: CSV first.

            ## Outcomes & Retrospective

            Nothing yet.
            """;
        _folder.Write(".execplan.yaml", "schema: cookbook\n");
        _folder.Write("docs/exec-plans/exporter.md", cookbook);
        var before = Active(Lint());
        Assert.NotEmpty(before);
        Assert.All(before, d => Assert.Equal("cookbook", Lint().Files[0].Schema));
        Record();

        // Moved down by a paragraph: still matched. Its completed step stamped: that finding's entry is stale.
        _folder.Write("docs/exec-plans/exporter.md", cookbook
            .Replace("Export the data.", "Export the data.\n\nAll of it.", StringComparison.Ordinal)
            .Replace("- [x] Wrote the exporter", "- [x] (2025-11-22 14:00Z) Wrote the exporter", StringComparison.Ordinal));
        var run = Lint();
        Assert.Equal([RuleIds.StaleBaselineEntry], Active(run).Select(d => d.Id).Distinct());
        Assert.Contains(run.RunDiagnostics, d => d.Message.Contains(RuleIds.CompletedItemUnstamped, StringComparison.Ordinal));

        File.WriteAllText(_folder.Combine(BaselineFile.DefaultName), "{ \"version\": 1 }");
        Assert.Contains(Lint().RunDiagnostics, d => d.Id == RuleIds.InvalidBaseline && d.Message.Contains("lacks 'entries'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_section_stays_matched_when_the_section_it_is_reported_at_goes_too()
    {
        // Reported at the heading of the next schema section: removing that one moves it, but what is missing is the same.
        var plan = Plans.Compliant.Without("Plan of Work");
        _folder.Write(PlanPath, plan);
        Assert.Contains(Active(Lint()), d => d.Id == RuleIds.MissingRequiredSection);
        Record();

        _folder.Write(PlanPath, plan.Without("Milestones"));
        var run = Lint();

        Assert.DoesNotContain(Active(run), d => d.Id == RuleIds.MissingRequiredSection);
        Assert.Contains(Active(run), d => d.Id == RuleIds.MissingRecommendedSection && d.BaselineState == BaselineState.New);
        Assert.DoesNotContain(run.RunDiagnostics, d => d.Id == RuleIds.StaleBaselineEntry);
    }

    [Fact]
    public void The_file_is_sorted_stable_and_holds_no_plan_text()
    {
        _folder.Write(PlanPath, ThreeAlike);
        _folder.Write("docs/exec-plans/another-PLAN.md", ThreeAlike.Replace("Do it", "Ship the zebra release", StringComparison.Ordinal));

        var first = Record().ToJson();
        var second = Lint(use: false).Baseline!.Recorded.ToJson();

        Assert.Equal(first, second);
        Assert.DoesNotContain("zebra", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Do it", first, StringComparison.Ordinal);
        var entries = JsonDocument.Parse(first).RootElement.GetProperty("entries").EnumerateArray()
            .Select(e => (Path: e.GetProperty("path").GetString()!, Rule: e.GetProperty("rule").GetString()!)).ToList();
        Assert.Equal(entries.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal), entries);
        Assert.Contains(entries, e => e.Path == "docs/exec-plans/another-PLAN.md");

        // One entry per line, so a review shows which finding came or went.
        Assert.All(first.Split('\n').Where(l => l.Contains("\"path\"", StringComparison.Ordinal)), l => Assert.EndsWith("}", l.TrimEnd(','), StringComparison.Ordinal));
    }

    [Fact]
    public void Secrets_are_never_recorded_and_a_secret_in_a_name_is_redacted()
    {
        const string token = "ghp_" + "1234567890abcdefghijklmnopqrstuvwxyzAB";
        _folder.Write(PlanPath, Plans.With("Show a compliant plan.", $"Show a compliant plan. Token: {token}"));
        _folder.Write($"docs/exec-plans/{token}-PLAN.md", ThreeAlike);

        var run = Lint(use: false);
        var json = run.Baseline!.Recorded.ToJson();

        Assert.Contains(run.All, d => d.Id.StartsWith("EXP07", StringComparison.Ordinal));
        Assert.DoesNotContain(token, json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"EXP07", json, StringComparison.Ordinal);
        Assert.Contains("-PLAN.md", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_over_one_folder_keeps_the_entries_of_others_and_judges_only_its_own()
    {
        _folder.Write(PlanPath, ThreeAlike);
        _folder.Write("plans/other-PLAN.md", ThreeAlike);
        var whole = Record();

        // The other plan is fixed, but a run over docs/ cannot know it: its entries stay, unjudged, and nothing is stale.
        _folder.Write("plans/other-PLAN.md", Plans.Compliant.Replace("id: demo-plan", "id: other-plan", StringComparison.Ordinal));
        var docs = Lint(null, true, _folder.Combine("docs"));
        Assert.True(!docs.RunDiagnostics.Any(d => d.Id == RuleIds.StaleBaselineEntry), Linter.Describe(docs.RunDiagnostics));
        Assert.Equal(whole.ToJson(), Lint(null, false, _folder.Combine("docs")).Baseline!.Recorded.ToJson());

        // A run over the whole repository sees it fixed: its entries are stale, and pruning drops them.
        var all = Lint();
        Assert.Contains(all.RunDiagnostics, d => d.Id == RuleIds.StaleBaselineEntry && d.Message.Contains("plans/other-PLAN.md", StringComparison.Ordinal));
        var pruned = all.Baseline!.Pruned!;
        Assert.DoesNotContain(pruned.Entries, e => e.Key.Path == "plans/other-PLAN.md");
        Assert.Equal(whole.Entries.Count(e => e.Key.Path == PlanPath), pruned.Entries.Length);
    }

    [Fact]
    public void Recording_one_folder_again_and_again_keeps_the_counts_of_repository_files_it_also_checks()
    {
        // A lock file's findings come from every run, whatever folder it covers: a second recording must not add them again.
        _folder.Write(PlanPath, ThreeAlike);
        _folder.Write(".agent-locks.yaml", "version: 1\nlocks:\n  - path: src/**\n    owner: agent-1\n    expires: 2025-01-01T00:00:00Z\n");
        var whole = Record().ToJson();
        Assert.Contains("\".agent-locks.yaml\"", whole, StringComparison.Ordinal);

        for (var i = 0; i < 2; i++)
        {
            var docs = Lint(null, false, _folder.Combine("docs")).Baseline!.Recorded.ToJson();
            File.WriteAllText(_folder.Combine(BaselineFile.DefaultName), docs);
            Assert.Equal(whole, docs);
        }
    }

    [Fact]
    public void A_file_the_run_could_not_check_keeps_its_entries_neither_stale_nor_pruned_nor_recorded_anew()
    {
        _folder.Write(PlanPath, ThreeAlike);
        var before = Record();

        _folder.Write(".execplan.yaml", "max_file_size: 100\n"); // the plan is now too large to lint: EXP0003
        var run = Lint();
        Assert.Contains(Active(run), d => d.Id == RuleIds.FileTooLarge);
        Assert.DoesNotContain(run.RunDiagnostics, d => d.Id == RuleIds.StaleBaselineEntry);
        Assert.Equal(before.ToJson(), run.Baseline!.Pruned!.ToJson());
        Assert.Equal(before.ToJson(), Lint(use: false).Baseline!.Recorded.ToJson());
    }

    [Fact]
    public void A_line_is_hashed_with_its_secrets_redacted_so_a_rotated_secret_keeps_its_findings_known()
    {
        static ulong LineHashOf(LintRun run) => run.Files.SelectMany(f => f.Diagnostics).First(d => d.Id == RuleIds.ExternalUrlWithoutSnapshot).Anchor!.Value.LineHash;
        const string first = "ghp_" + "1234567890abcdefghijklmnopqrstuvwxyzAB";
        const string second = "ghp_" + "ZYXWVUTSRQPONMLKJIHGFEDCBA0987654321ab";
        _folder.Write(PlanPath, Plans.With("Show a compliant plan.", $"See https://user:{first}@example.com/spec for it."));
        var before = LineHashOf(Lint());
        _folder.Write(PlanPath, Plans.With("Show a compliant plan.", $"See https://user:{second}@example.com/spec for it."));

        Assert.Equal(before, LineHashOf(Lint()));
        Assert.NotEqual(FindingAnchor.Hash($"See https://user:{first}@example.com/spec for it."), before);
    }

    [Theory]
    [InlineData("\uFEFF{ \"version\": 1, \"entries\": [] }", null)]
    [InlineData("{ \"version\": 1, \"entries\": [ { \"path\": \"a\\u0000b\", \"rule\": \"EXP0202\", \"section\": \"\", \"hash\": \"\", \"count\": 1 } ] }", "'path' must be a path under the repository root")]
    [InlineData("{ \"version\": 1, \"entries\": [ { \"path\": \"../x.md\", \"rule\": \"EXP0202\", \"section\": \"\", \"hash\": \"\", \"count\": 1 } ] }", "'path' must be a path under the repository root")]
    [InlineData("{ \"version\": 1, \"entries\": [ { \"path\": \"\\udc00\", \"rule\": \"EXP0202\", \"section\": \"\", \"hash\": \"\", \"count\": 1 } ] }", "not valid UTF-8")]
    public void A_baseline_with_a_byte_order_mark_reads_and_odd_text_is_EXP0011_not_a_crash(string text, string? reason)
    {
        var (baseline, problem) = BaselineFile.Parse("b.json", Encoding.UTF8.GetBytes(text), Severity.Error);

        if (reason is null)
        {
            Assert.Null(problem);
            Assert.NotNull(baseline);
        }
        else
        {
            Assert.Null(baseline);
            Assert.Contains(reason, problem!.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pruning_never_adds_a_new_finding()
    {
        _folder.Write(PlanPath, Plans.Compliant);
        Record();
        _folder.Write(PlanPath, ThreeAlike);

        var run = Lint();
        Assert.NotEmpty(Active(run));
        Assert.Empty(run.Baseline!.Pruned!.Entries);
    }

    [Fact]
    public void The_configuration_names_the_baseline_relative_to_its_folder()
    {
        _folder.Write(PlanPath, ThreeAlike);
        var baseline = Lint(use: false).Baseline!.Recorded;
        _folder.Write("ci/known.json", baseline.ToJson());
        _folder.Write(".execplan.yaml", "baseline: ci/known.json\n");

        var run = Lint();
        Assert.Empty(Active(run));
        Assert.Equal(_folder.Combine("ci/known.json"), run.Baseline!.Path);
    }

    [Theory]
    [InlineData("baseline: ci/\n")]
    [InlineData("baseline: docs\n")]
    public void A_configured_baseline_that_names_a_folder_is_EXP0007(string config)
    {
        _folder.Write(PlanPath, ThreeAlike);
        _folder.Write(".execplan.yaml", config);

        var problem = Assert.Single(Lint().RunDiagnostics, d => d.Id == RuleIds.InvalidConfig);
        Assert.Contains("must name a file", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Span.Line);
    }

    [Fact]
    public void The_root_configuration_names_the_baseline_whatever_folder_is_linted_and_its_own_configuration()
    {
        _folder.Write(PlanPath, ThreeAlike);
        _folder.Write(".execplan.yaml", "baseline: ci/known.json\n");
        _folder.Write("docs/exec-plans/.execplan.yaml", "level: standard\n"); // nearer to the plan, says nothing of a baseline
        _folder.Write("ci/known.json", Lint(use: false).Baseline!.Recorded.ToJson());

        var folder = Lint(null, true, _folder.Combine("docs/exec-plans"));
        var file = Lint(null, true, _folder.Combine(PlanPath));

        Assert.Equal(_folder.Combine("ci/known.json"), folder.Baseline!.Path);
        Assert.Equal(_folder.Combine("ci/known.json"), file.Baseline!.Path);
        Assert.Empty(Active(folder));
        Assert.Empty(Active(file));
    }

    [Fact]
    public void A_baseline_that_is_named_but_missing_is_EXP0011()
    {
        _folder.Write(PlanPath, ThreeAlike);
        var run = Lint(baseline: "nowhere.json");

        var problem = Assert.Single(run.RunDiagnostics, d => d.Id == RuleIds.InvalidBaseline);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains("does not exist", problem.Message, StringComparison.Ordinal);
        Assert.NotEmpty(Active(run).Where(d => d.Id != RuleIds.InvalidBaseline)); // nothing matched
    }

    [Theory]
    [InlineData("{ \"version\": 1, \"entries\": [\n  { \"path\": \"a.md\", \"rule\": \"EXP0202\" \"section\": \"\" }\n] }", 2, "not valid JSON")]
    [InlineData("{ \"version\": 1, \"entries\": [\n  { \"path\": \"a.md\", \"rule\": \"EXP0202\", \"section\": \"\", \"count\": 1 }\n] }", 2, "lacks hash")]
    [InlineData("{ \"version\": 1, \"entries\": [\n  { \"path\": \"a.md\", \"rule\": \"EXP0202\", \"section\": \"\", \"hash\": \"\", \"count\": 0 }\n] }", 2, "'count' must be 1 or more")]
    [InlineData("{ \"version\": 1, \"entries\": [\n  { \"path\": \"a.md\", \"rule\": \"EXP0202\", \"section\": \"\", \"hash\": \"XYZ\", \"count\": 1 }\n] }", 2, "'hash' must be 16")]
    [InlineData("{\n  \"version\": 2,\n  \"entries\": [] }", 2, "version 2 is not one")]
    [InlineData("{\n  \"entries\": [] }", 1, "lacks 'version'")]
    [InlineData("[]", 1, "must hold a JSON object")]
    [InlineData("", 1, "not valid JSON")]
    [InlineData("{ \"version\": 1, \"entries\": [", 1, "not valid JSON")]
    public void A_malformed_baseline_is_EXP0011_where_it_goes_wrong(string text, int line, string reason)
    {
        var (baseline, problem) = BaselineFile.Parse("b.json", Encoding.UTF8.GetBytes(text), Severity.Error);

        Assert.Null(baseline);
        Assert.NotNull(problem);
        Assert.Equal(RuleIds.InvalidBaseline, problem.Id);
        Assert.Equal(line, problem.Span.Line);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_reads_back_what_it_wrote_and_merges_repeated_keys()
    {
        const string text = """
            {
              "version": 1,
              "tool": "execplan",
              "future": { "ignored": [1, 2] },
              "entries": [
                { "path": "b.md", "rule": "EXP0202", "section": "Progress", "hash": "0123456789abcdef", "count": 2 },
                { "path": "a.md", "rule": "EXP0101", "section": "", "hash": "", "count": 1 },
                { "path": "b.md", "rule": "EXP0202", "section": "Progress", "hash": "0123456789abcdef", "count": 1 }
              ]
            }
            """;
        var (baseline, problem) = BaselineFile.Parse("b.json", Encoding.UTF8.GetBytes(text), Severity.Error);

        Assert.Null(problem);
        Assert.Equal(["a.md", "b.md"], baseline!.Entries.Select(e => e.Key.Path));
        Assert.Equal(3, baseline.Entries[1].Count);
        Assert.Equal(6, baseline.Entries[1].Line);
        var again = BaselineFile.Parse("b.json", Encoding.UTF8.GetBytes(baseline.ToJson()), Severity.Error).Baseline!;
        Assert.Equal(baseline.ToJson(), again.ToJson());
    }

    [Fact]
    public void A_section_title_with_non_ascii_text_stays_readable()
    {
        var entry = new BaselineEntry(new BaselineKey("plans/ü.md", "EXP0202", "Surprises & Discoveries", "0123456789abcdef"), 1, 0);
        var json = BaselineFile.Of(new Dictionary<BaselineKey, int> { [entry.Key] = 1 }).ToJson();

        Assert.Contains("\"Surprises & Discoveries\"", json, StringComparison.Ordinal);
        Assert.Contains("\"plans/ü.md\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_line_hash_ignores_indentation_and_runs_of_blanks_but_not_words()
    {
        Assert.Equal(FindingAnchor.Hash("- [ ] Do it"), FindingAnchor.Hash("   - [ ]   Do\tit  "));
        Assert.NotEqual(FindingAnchor.Hash("- [ ] Do it"), FindingAnchor.Hash("- [ ] Do it now"));
        Assert.NotEqual(FindingAnchor.Hash("ab"), FindingAnchor.Hash("a b"));
    }

    [Fact]
    public void Sarif_results_carry_their_baseline_state_and_a_fingerprint_that_survives_moved_lines()
    {
        _folder.Write(PlanPath, ThreeAlike);
        var before = Fingerprints(Lint());
        Record();
        _folder.Write(PlanPath, ThreeAlike.Replace("Show a compliant plan.", "Show a compliant plan.\n\nMore text.", StringComparison.Ordinal));
        var run = Lint();
        var after = Fingerprints(run);

        Assert.Equal(before.Select(r => r.Fingerprint).Order(StringComparer.Ordinal), after.Select(r => r.Fingerprint).Order(StringComparer.Ordinal));
        Assert.Equal(after.Count, after.Select(r => r.Fingerprint).Distinct(StringComparer.Ordinal).Count()); // three alike stay three
        Assert.All(after, r => Assert.Equal("unchanged", r.State));
    }

    private List<(string Fingerprint, string? State)> Fingerprints(LintRun run)
    {
        using var stream = new MemoryStream();
        SarifWriter.Write(run, stream, _folder.Path);
        using var sarif = JsonDocument.Parse(stream.ToArray());
        return [.. sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => (
            r.GetProperty("partialFingerprints").GetProperty(SarifWriter.FingerprintName).GetString()!,
            r.TryGetProperty("baselineState", out var state) ? state.GetString() : null))];
    }
}
