using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    private const string ConfigPath = "/repo/.execplan.yaml";

    private static (ExecPlanConfig Config, Diagnostic Finding) ParseOne(string yaml)
    {
        var (config, diagnostics) = ConfigLoader.Parse(ConfigPath, yaml);
        var finding = Assert.Single(diagnostics);
        Assert.Equal(RuleIds.InvalidConfig, finding.Id);
        Assert.Equal(ConfigPath, finding.FilePath);
        Assert.Equal(Severity.Error, finding.Severity);
        return (config, finding);
    }

    [Fact]
    public void Good_config_parses_every_key()
    {
        using var folder = new TempFolder();
        folder.Folder("repo");
        var path = folder.Write("sub/.execplan.yaml", """
            level: minimal
            rules:
              EXP0202: warning
              EXP0311: error
              unknown-section: off
            include: ["docs/**/*.md"]
            exclude:
              - plans/archive/**
            extra_sections: [Glossary, Risks]
            max_file_size: 512KB
            stale_after: 7d
            root: ../repo
            """);

        var (config, diagnostics) = ConfigLoader.Load(path);

        Assert.Empty(diagnostics);
        Assert.Equal(path, config.FilePath);
        Assert.Equal(LevelNames.Minimal, config.Level);
        Assert.Equal(Severity.Warning, config.RuleSeverities["EXP0202"]);
        Assert.Equal(Severity.Error, config.RuleSeverities["EXP0311"]);
        Assert.Equal(Severity.Off, config.RuleSeverities["EXP0207"]);
        Assert.Equal(["docs/**/*.md"], config.Include.AsEnumerable());
        Assert.Equal(["plans/archive/**"], config.Exclude.AsEnumerable());
        Assert.Equal(["Glossary", "Risks"], config.ExtraSections.AsEnumerable());
        Assert.Equal(512_000, config.MaxFileSize);
        Assert.Equal(TimeSpan.FromDays(7), config.StaleAfter);
        Assert.Equal(folder.Combine("repo"), config.Root);
    }

    [Fact]
    public void Severities_apply_over_defaults()
    {
        var (config, diagnostics) = ConfigLoader.Parse(ConfigPath, "rules:\n  EXP0202: info\n");

        Assert.Empty(diagnostics);
        Assert.Equal(Severity.Info, config.SeverityOf(RuleCatalog.Find("EXP0202")!));
        Assert.Equal(RuleCatalog.InvalidConfig.DefaultSeverity, config.SeverityOf(RuleCatalog.InvalidConfig));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    public void Empty_config_is_the_default(string yaml)
    {
        var (config, diagnostics) = ConfigLoader.Parse(ConfigPath, yaml);

        Assert.Empty(diagnostics);
        Assert.Equal(ExecPlanConfig.Default with { FilePath = ConfigPath }, config);
    }

    [Fact]
    public void Syntax_error_is_located_at_the_parser_position()
    {
        var (_, finding) = ParseOne("level: standard\nrules: [EXP0202\n");

        Assert.Contains("YAML syntax error", finding.Message, StringComparison.Ordinal);
        Assert.True(finding.Span.Line >= 2, $"line {finding.Span.Line}");
    }

    [Fact]
    public void Syntax_error_on_a_bad_indent_points_at_its_line()
    {
        var (_, finding) = ParseOne("level: standard\nrules:\n  EXP0202: off\n EXP0203: off\n");

        Assert.Equal(4, finding.Span.Line);
    }

    [Fact]
    public void Duplicate_key_is_reported()
    {
        var (_, finding) = ParseOne("level: standard\nlevel: minimal\n");

        Assert.Equal(2, finding.Span.Line);
        Assert.Contains("Duplicate", finding.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Not_a_mapping_is_reported_at_the_root_node()
    {
        var (_, finding) = ParseOne("- level\n- rules\n");

        Assert.Equal(SourceSpan.At(1, 1).Line, finding.Span.Line);
        Assert.Equal(1, finding.Span.Column);
        Assert.Contains("mapping", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_is_reported_at_the_key_and_the_rest_still_applies()
    {
        var (config, finding) = ParseOne("level: minimal\ncolour: blue\n");

        Assert.Equal(new SourceSpan(2, 1, 2, 7), finding.Span);
        Assert.Contains("unknown key 'colour'", finding.Message, StringComparison.Ordinal);
        Assert.Equal(LevelNames.Minimal, config.Level);
    }

    [Fact]
    public void Unknown_rule_id_is_reported_at_the_rule_key()
    {
        var (config, finding) = ParseOne("rules:\n  EXP0202: off\n  EXP9999: off\n");

        Assert.Equal(new SourceSpan(3, 3, 3, 10), finding.Span);
        Assert.Contains("EXP9999", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Off, config.RuleSeverities["EXP0202"]);
        Assert.False(config.RuleSeverities.ContainsKey("EXP9999"));
    }

    [Fact]
    public void Bad_severity_is_reported_at_the_value()
    {
        var (config, finding) = ParseOne("rules:\n  EXP0202: fatal\n");

        Assert.Equal(new SourceSpan(2, 12, 2, 17), finding.Span);
        Assert.Contains("'fatal'", finding.Message, StringComparison.Ordinal);
        Assert.Empty(config.RuleSeverities);
    }

    [Fact]
    public void Bad_level_is_reported_at_the_value()
    {
        var (config, finding) = ParseOne("level: strict\n");

        Assert.Equal(new SourceSpan(1, 8, 1, 14), finding.Span);
        Assert.Null(config.Level);
    }

    [Theory]
    [InlineData("level: [standard]\n", 1, 8)]
    [InlineData("rules: [EXP0202]\n", 1, 8)]
    [InlineData("include: docs/*.md\n", 1, 10)]
    [InlineData("exclude: {a: b}\n", 1, 10)]
    [InlineData("extra_sections:\n  - [Glossary]\n", 2, 5)]
    [InlineData("rules:\n  EXP0202: [off]\n", 2, 12)]
    [InlineData("? [a, b]\n: c\n", 1, 3)]
    public void Wrong_types_are_reported_at_the_node(string yaml, int line, int column)
    {
        var (_, finding) = ParseOne(yaml);

        Assert.Equal((line, column), (finding.Span.Line, finding.Span.Column));
    }

    [Theory]
    [InlineData("max_file_size: big\n")]
    [InlineData("max_file_size: -5\n")]
    [InlineData("max_file_size: 0\n")]
    [InlineData("max_file_size: 4TiB\n")]
    [InlineData("max_file_size: 99999999999999999999\n")]
    [InlineData("stale_after: 7\n")]
    [InlineData("stale_after: 7w\n")]
    [InlineData("stale_after: 0d\n")]
    [InlineData("stale_after: 9999999999d\n")]
    public void Bad_size_or_age_is_reported_at_the_value(string yaml)
    {
        var (config, finding) = ParseOne(yaml);

        Assert.Equal(1, finding.Span.Line);
        Assert.True(finding.Span.Column > 1);
        Assert.Equal(ExecPlanConfig.Default.MaxFileSize, config.MaxFileSize);
        Assert.Null(config.StaleAfter);
    }

    [Fact]
    public void Root_that_does_not_exist_is_reported()
    {
        var (config, finding) = ParseOne("root: ./no/such/folder\n");

        Assert.Equal(new SourceSpan(1, 7, 1, 23), finding.Span);
        Assert.Null(config.Root);
    }

    [Theory]
    [InlineData("/etc/*.md")]
    [InlineData("../outside/*.md")]
    public void Globs_outside_the_root_are_reported(string glob)
    {
        var (config, finding) = ParseOne($"include: ['{glob}']\n");

        Assert.Equal(1, finding.Span.Line);
        Assert.Empty(config.Include);
    }

    [Fact]
    public void Several_problems_give_several_findings()
    {
        var (config, diagnostics) = ConfigLoader.Parse(ConfigPath, "level: nope\nrules:\n  EXP0000: off\n  EXP0202: loud\nstale_after: 3d\n");

        Assert.Equal([1, 3, 4], diagnostics.Select(d => d.Span.Line));
        Assert.All(diagnostics, d => Assert.Equal(RuleIds.InvalidConfig, d.Id));
        Assert.Equal(TimeSpan.FromDays(3), config.StaleAfter);
    }

    [Fact]
    public void Aliases_are_refused_and_an_alias_bomb_does_not_expand()
    {
        var bomb = """
            a: &a ["x","x","x","x","x","x","x","x","x"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            include: *h
            """;

        var (_, diagnostics) = ConfigLoader.Parse(ConfigPath, bomb);

        Assert.All(diagnostics, d => Assert.Equal(RuleIds.InvalidConfig, d.Id));
        Assert.Contains(diagnostics, d => d.Message.Contains("aliases", StringComparison.Ordinal) && d.Span.Line == 2 && d.Span.Column == 8);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_overflowing_the_stack()
    {
        var yaml = "include: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var (_, finding) = ParseOne(yaml);

        Assert.Contains("nest", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_UTF8_is_located_at_the_first_bad_byte()
    {
        using var folder = new TempFolder();
        var path = folder.Combine(".execplan.yaml");
        File.WriteAllBytes(path, [.. "level: standard\nroot: ab"u8, 0xFF, .. "c\n"u8]);

        var (_, diagnostics) = ConfigLoader.Load(path);

        var finding = Assert.Single(diagnostics);
        Assert.Equal((RuleIds.InvalidConfig, 2, 9), (finding.Id, finding.Span.Line, finding.Span.Column));
        Assert.Contains("0xFF", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_file_is_refused_unread()
    {
        using var folder = new TempFolder();
        var path = folder.Write(".execplan.yaml", "# " + new string('x', (int)ConfigLoader.MaxConfigSize) + "\n");

        var (config, diagnostics) = ConfigLoader.Load(path);

        var finding = Assert.Single(diagnostics);
        Assert.Equal(SourceSpan.FileStart, finding.Span);
        Assert.Equal(path, config.FilePath);
    }

    [Fact]
    public void Missing_or_non_utf8_file_is_a_finding_not_an_exception()
    {
        using var folder = new TempFolder();
        var binary = folder.Combine("binary.yaml");
        File.WriteAllBytes(binary, [0x6c, 0x65, 0xff, 0xfe, 0x0a]);

        Assert.Single(ConfigLoader.Load(folder.Combine("missing.yaml")).Diagnostics);
        Assert.Single(ConfigLoader.Load(binary).Diagnostics);
    }

    [Fact]
    public void Find_walks_up_to_the_root_inclusive()
    {
        using var folder = new TempFolder();
        var config = folder.Write(".execplan.yaml", "level: minimal\n");
        var deep = folder.Folder("a/b/c");

        Assert.Equal(config, ConfigLoader.Find(deep, folder.Path));
        Assert.Equal(config, ConfigLoader.Find(folder.Path, folder.Path));
        Assert.Null(ConfigLoader.Find(deep, folder.Combine("a")));
    }

    [Fact]
    public void Find_takes_the_nearest_file()
    {
        using var folder = new TempFolder();
        folder.Write(".execplan.yaml", "level: minimal\n");
        var near = folder.Write("a/.execplan.yaml", "level: standard\n");

        Assert.Equal(near, ConfigLoader.Find(folder.Folder("a/b"), folder.Path));
    }
}

/// <summary>Regression: input on which YamlDotNet throws InvalidOperationException instead of YamlException (found by a property test).</summary>
public sealed class ConfigLoaderMalformedYamlTests
{
    [Fact]
    public void Malformed_yaml_that_breaks_the_scanner_is_EXP0007_not_a_crash()
    {
        var (_, diagnostics) = ConfigLoader.Parse(".execplan.yaml", "+''\"5+|.1]*/6T-6/'+:\n[,5\"t-\n5T5!z63z");
        var finding = Assert.Single(diagnostics);
        Assert.Equal("EXP0007", finding.Id);
        Assert.True(finding.Span.Line >= 1);
    }

    [Theory]
    [InlineData("level: standard\ninclude:\n  - a/**\n\t- b/**\n", 4, 1)]
    [InlineData("level: standard\nrules:\n  EXP0202: info\n  \tEXP0203: off\n", 4, 3)]
    [InlineData("level: standard\ninclude: [a/**, b/**\nexclude: []\nroot: .\n", 2, 10)]
    [InlineData("level: standard\ninclude: [a/**,\n  b/**\n", 2, 10)]
    [InlineData("rules: {EXP0202: info\nlevel: standard\n", 1, 8)]
    public void A_yaml_syntax_error_is_located_at_the_offending_character(string yaml, int line, int column)
    {
        var (_, diagnostics) = ConfigLoader.Parse("/repo/.execplan.yaml", yaml);

        var finding = Assert.Single(diagnostics);
        Assert.Contains("YAML syntax error", finding.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (finding.Span.Line, finding.Span.Column));
    }
}
