using ExecPlan.Repository;

namespace ExecPlan.Tests.Content.Repository;

public class LockFileParserTests
{
    /// <summary>The ExecPlan format's own example lock file.</summary>
    public const string SpecExample = """
        # .agent-locks.yaml
        version: 1
        generated_at: 2025-11-19T10:30:00Z
        ttl_seconds: 3600
        locks:
          - owner: frontend-agent-01
            scope:
              paths:
                - "src/components/**"
                - "styles/**"
            acquired_at: 2025-11-19T10:30:00Z
            expires_at: 2025-11-19T11:30:00Z
            notes: "Editing UI components for notifications"
        """;

    private const string Header = "version: 1\ngenerated_at: 2025-11-19T10:30:00Z\nttl_seconds: 3600\n";

    private static string WithLock(string body) => Header + "locks:\n  - " + body.Replace("\n", "\n    ", StringComparison.Ordinal);

    private const string GoodLock = "owner: a\nscope:\n  paths: [\"src/**\"]\nacquired_at: 2025-11-19T10:30:00Z\nexpires_at: 2025-11-19T11:30:00Z";

    [Fact]
    public void Spec_example_is_valid_and_fully_read()
    {
        var result = LockFileParser.Parse(SpecExample);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        var file = result.File;
        Assert.Equal(1, file.Version);
        Assert.Equal(DateTimeOffset.Parse("2025-11-19T10:30:00Z", System.Globalization.CultureInfo.InvariantCulture), file.GeneratedAt);
        Assert.Equal(3600, file.TtlSeconds);
        var entry = Assert.Single(file.Locks);
        Assert.Equal("frontend-agent-01", entry.Owner);
        Assert.Equal(["src/components/**", "styles/**"], entry.Paths);
        Assert.Equal(TimeSpan.FromHours(1), entry.ExpiresAt - entry.AcquiredAt);
        Assert.Equal("Editing UI components for notifications", entry.Notes);
        Assert.Equal((6, 5), (entry.Line, entry.Column));
    }

    [Theory]
    [InlineData("version: 'unclosed")]
    [InlineData("version: 1\nnotes: 'unclosed")]
    public void A_YAML_error_at_the_end_of_a_last_line_without_a_break_is_located_on_that_line(string yaml)
    {
        var problem = Assert.Single(LockFileParser.Parse(yaml).Problems, p => p.Message.StartsWith("invalid YAML", StringComparison.Ordinal));
        var lines = yaml.Split('\n');
        Assert.Equal(lines.Length, problem.Line);
        Assert.InRange(problem.Column, 1, lines[^1].Length + 1);
    }

    [Fact]
    public void Smallest_valid_file_has_no_locks()
    {
        Assert.True(LockFileParser.Parse(Header + "locks: []").IsValid);
    }

    [Theory]
    [InlineData("generated_at: 2025-11-19T10:30:00Z\nttl_seconds: 1\nlocks: []", "missing 'version'", 1)]
    [InlineData("version: 1\nttl_seconds: 1\nlocks: []", "missing 'generated_at'", 1)]
    [InlineData("version: 1\ngenerated_at: 2025-11-19T10:30:00Z\nlocks: []", "missing 'ttl_seconds'", 1)]
    [InlineData("version: 1\ngenerated_at: 2025-11-19T10:30:00Z\nttl_seconds: 1", "missing 'locks'", 1)]
    [InlineData("version: one\ngenerated_at: 2025-11-19T10:30:00Z\nttl_seconds: 1\nlocks: []", "'version' must be an integer", 1)]
    [InlineData("version: \"1\"\ngenerated_at: 2025-11-19T10:30:00Z\nttl_seconds: 1\nlocks: []", "'version' must be an integer", 1)]
    [InlineData("version: 2\ngenerated_at: 2025-11-19T10:30:00Z\nttl_seconds: 1\nlocks: []", "'version' 2 is not supported", 1)]
    [InlineData("version: 1\ngenerated_at: 2025-11-19 10:30\nttl_seconds: 1\nlocks: []", "'generated_at' must be an RFC 3339", 2)]
    [InlineData("version: 1\ngenerated_at: 2025-02-30T10:30:00Z\nttl_seconds: 1\nlocks: []", "February 2025 has 28 days", 2)]
    [InlineData("version: 1\ngenerated_at: 2025-11-19T10:30:00Z\nttl_seconds: -5\nlocks: []", "'ttl_seconds' must be an integer of at least 0", 3)]
    [InlineData("version: 1\ngenerated_at: 2025-11-19T10:30:00Z\nttl_seconds: 1\nlocks: {}", "'locks' must be a list", 4)]
    [InlineData("- 1\n- 2", "must be a mapping", 1)]
    public void Top_level_schema_problems_are_located(string yaml, string message, int line)
    {
        var problem = Assert.Single(LockFileParser.Parse(yaml).Problems);

        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(line, problem.Line);
    }

    [Theory]
    [InlineData("scope:\n  paths: [\"src/**\"]\nacquired_at: 2025-11-19T10:30:00Z\nexpires_at: 2025-11-19T11:30:00Z", "missing 'owner'")]
    [InlineData("owner: [a, b]\nscope:\n  paths: [\"src/**\"]\nacquired_at: 2025-11-19T10:30:00Z\nexpires_at: 2025-11-19T11:30:00Z", "'owner' must be a non-empty string")]
    [InlineData("owner: a\nacquired_at: 2025-11-19T10:30:00Z\nexpires_at: 2025-11-19T11:30:00Z", "missing 'scope'")]
    [InlineData("owner: a\nscope: src/**\nacquired_at: 2025-11-19T10:30:00Z\nexpires_at: 2025-11-19T11:30:00Z", "'scope' must be a mapping")]
    [InlineData("owner: a\nscope: {}\nacquired_at: 2025-11-19T10:30:00Z\nexpires_at: 2025-11-19T11:30:00Z", "'scope' is missing 'paths'")]
    [InlineData("owner: a\nscope:\n  paths: []\nacquired_at: 2025-11-19T10:30:00Z\nexpires_at: 2025-11-19T11:30:00Z", "non-empty list of path globs")]
    [InlineData("owner: a\nscope:\n  paths: src/**\nacquired_at: 2025-11-19T10:30:00Z\nexpires_at: 2025-11-19T11:30:00Z", "non-empty list of path globs")]
    [InlineData("owner: a\nscope:\n  paths: [[x]]\nacquired_at: 2025-11-19T10:30:00Z\nexpires_at: 2025-11-19T11:30:00Z", "'scope.paths[]' must be a non-empty string")]
    [InlineData("owner: a\nscope:\n  paths: [\"src/**\"]\nexpires_at: 2025-11-19T11:30:00Z", "missing 'acquired_at'")]
    [InlineData("owner: a\nscope:\n  paths: [\"src/**\"]\nacquired_at: 2025-11-19T10:30:00Z", "missing 'expires_at'")]
    [InlineData("owner: a\nscope:\n  paths: [\"src/**\"]\nacquired_at: yesterday\nexpires_at: 2025-11-19T11:30:00Z", "'acquired_at' must be an RFC 3339")]
    [InlineData("owner: a\nscope:\n  paths: [\"src/**\"]\nacquired_at: 2025-11-19T10:30:00Z\nexpires_at: 2025-11-19T25:30:00Z", "hour 25")]
    [InlineData("owner: a\nscope:\n  paths: [\"src/**\"]\nacquired_at: 2025-11-19T10:30:00Z\nexpires_at: 2025-11-19T09:30:00Z", "'expires_at' is before 'acquired_at'")]
    [InlineData("owner: a\nscope:\n  paths: [\"src/**\"]\nacquired_at: 2025-11-19T10:30:00Z\nexpires_at: 2025-11-19T11:30:00Z\nnotes: [x]", "'notes' must be a non-empty string")]
    [InlineData("owner: ~\nscope:\n  paths: [\"src/**\"]\nacquired_at: 2025-11-19T10:30:00Z\nexpires_at: 2025-11-19T11:30:00Z", "missing 'owner'")]
    public void Lock_schema_problems_are_reported(string body, string message)
    {
        var problem = Assert.Single(LockFileParser.Parse(WithLock(body)).Problems);

        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line >= 5);
    }

    [Fact]
    public void A_zoned_near_miss_timestamp_gets_a_suggested_fix()
    {
        var problem = Assert.Single(LockFileParser.Parse(WithLock(GoodLock.Replace("expires_at: 2025-11-19T11:30:00Z", "expires_at: 2025-11-19 11:30Z", StringComparison.Ordinal))).Problems);

        Assert.EndsWith("(did you mean 2025-11-19T11:30:00Z?)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_lock_has_no_problems()
    {
        Assert.True(LockFileParser.Parse(WithLock(GoodLock)).IsValid);
    }

    [Fact]
    public void A_lock_that_is_not_a_mapping_is_reported_and_skipped()
    {
        var result = LockFileParser.Parse(Header + "locks:\n  - just-a-string\n");

        Assert.Contains("each lock must be a mapping", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
        Assert.Empty(result.File.Locks);
    }

    [Fact]
    public void Problem_position_points_at_the_offending_value()
    {
        var problem = Assert.Single(LockFileParser.Parse(WithLock(GoodLock.Replace("owner: a", "owner: [a]", StringComparison.Ordinal))).Problems);

        Assert.Equal((5, 12), (problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("version: 1\nlocks: [\n", 3)]
    [InlineData("version: 1\n  bad: indent\n", 2)]
    [InlineData("version: 1\nversion: 2\n", 2)]
    [InlineData("a: \"unterminated\n", 1)]
    public void Syntax_errors_carry_the_parser_position(string yaml, int line)
    {
        var problem = Assert.Single(LockFileParser.Parse(yaml).Problems);

        Assert.StartsWith("invalid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Equal(line, problem.Line);
    }

    [Fact]
    public void Input_that_makes_the_yaml_scanner_throw_is_reported()
    {
        // Found by RobustnessTests: YamlDotNet throws InvalidOperationException, not YamlException, on this.
        var result = LockFileParser.Parse("+''\"5+|.1]*/6T-6/'+:\n[,5\"t-\n5T5!z63z");

        Assert.Contains("could not read past", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("# only a comment\n")]
    public void Empty_files_are_reported(string? text)
    {
        var result = LockFileParser.Parse(text);

        Assert.False(result.IsValid);
        Assert.Empty(result.File.Locks);
    }

    [Fact]
    public void Alias_bomb_is_refused_without_expansion()
    {
        var yaml = new System.Text.StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 30; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"{(char)('a' + (i % 26))}{i}: &{(char)('a' + (i % 26))}{i} [");
            yaml.Append(string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*{(char)('a' + ((i - 1) % 26))}{i - 1}", 10)));
            yaml.Append("]\n");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = LockFileParser.Parse(yaml.ToString());

        Assert.Contains("aliases are not allowed", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"took {clock.Elapsed}"); // a hang guard only: cost is measured by the benchmarks, never timed in a test
    }

    [Fact]
    public void Huge_files_are_refused_unread()
    {
        var result = LockFileParser.Parse(Header + "locks: []\n#" + new string('x', LockFileParser.MaxLength));

        Assert.Contains("larger than", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_are_allowed()
    {
        Assert.True(LockFileParser.Parse(Header + "locks: []\nx-tool: {a: 1}\n").IsValid);
    }

    [Theory]
    [InlineData("version: 1\ngenerated_at: 2025-11-19T10:30:00Z\nttl_seconds: 1\nlocks:\n\t- owner: a\n", 5, 1)]
    [InlineData("version: 1\ngenerated_at: 2025-11-19T10:30:00Z\nttl_seconds: 1\nlocks: [{owner: a}\nnext: 1\n", 4, 8)]
    public void A_yaml_syntax_error_is_located_at_the_offending_character(string yaml, int line, int column)
    {
        var problem = Assert.Single(LockFileParser.Parse(yaml).Problems);

        Assert.StartsWith("invalid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }
}
