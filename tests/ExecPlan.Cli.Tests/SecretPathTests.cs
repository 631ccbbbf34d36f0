namespace ExecPlan.Cli.Tests;

/// <summary>Secrets that reach output by other roads than a plan's text: suppression reasons, duplicate ids, trimmed URLs, the configuration, the lock file, file names, and encoded or escaped forms.</summary>
public sealed class SecretPathTests
{
    // Assembled at run time so that the repository holds nothing a scanner would flag.
    private static readonly string Token = "gh" + "p_" + "Zk8Lq2Wm5Rt7Yp3Xc9Vb4Nn6Hj1Gf0Dd2SsQ";
    private static readonly string Stripe = "sk" + "_live_" + "9fQ2kLm8Zx3Vb7Nc1Hj5Tr4Wy";

    private static string Plan(string id, string body) => $"""
        ---
        id: {id}
        status: IN_PROGRESS
        owner: agent-1
        created: 2025-11-22T14:00:00Z
        updated: 2025-11-22T14:00:00Z
        profile: codex-strict
        ---

        # PLAN: Paths

        ## Purpose / Big Picture

        {body}
        """;

    public static TheoryData<string, string> Formats() => new() { { "text", "txt" }, { "sarif", "sarif" }, { "json", "json" } };

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_secret_in_a_suppression_reason_is_not_the_justification(string format, string extension)
    {
        using var repo = Repo();
        repo.Write("plans/a-PLAN.md", Plan("a", $"<!-- execplan-disable EXP0701 -- it is {Token}, rotated -->\n\nUse {Token}."));
        AssertNoLeak(repo, format, extension, Token);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_secret_used_as_a_plan_id_twice_is_not_quoted_by_the_duplicate_check(string format, string extension)
    {
        using var repo = Repo();
        repo.Write("plans/a-PLAN.md", Plan(Token, "First."));
        repo.Write("plans/b-PLAN.md", Plan(Token, "Second."));
        var output = AssertNoLeak(repo, format, extension, Token);
        Assert.Contains("EXP0109", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_secret_in_a_url_ending_a_sentence_is_not_quoted_by_the_url_check(string format, string extension)
    {
        using var repo = Repo();
        repo.Write("plans/a-PLAN.md", Plan("a", $"Fetch https://api.example.com/v1/items?token={Token}. Then stop."));
        var output = AssertNoLeak(repo, format, extension, Token);
        Assert.Contains("EXP0601", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Secrets_in_the_configuration_are_reported_there_and_quoted_nowhere(string format, string extension)
    {
        using var repo = Repo();
        repo.Write(".execplan.yaml", $"level: standard\n{Token}: on\nexclude: [\"{Stripe}\"]\nrules:\n  EXP0203: \"{Stripe}\"\n");
        repo.Write("plans/a-PLAN.md", Plan("a", "Fine."));
        var output = AssertNoLeak(repo, format, extension, Token, Stripe);
        Assert.Contains("EXP0701", output, StringComparison.Ordinal);
        Assert.Contains("EXP0007", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Secrets_in_the_lock_file_are_reported_there_and_quoted_nowhere(string format, string extension)
    {
        using var repo = Repo();
        repo.Write(".agent-locks.yaml", $$"""
            version: 1
            generated_at: 2025-11-22T14:00:00Z
            ttl_seconds: 3600
            locks:
              - owner: {{Token}}
                scope: { paths: ["src/**"] }
                acquired_at: 2025-11-22T14:00:00Z
                expires_at: 2025-11-22T15:00:00Z
              - owner: agent-2
                scope: { paths: ["src/{{Stripe}}/**"] }
                acquired_at: 2025-11-22T14:00:00Z
                expires_at: 2025-11-22T15:00:00Z
            """);
        repo.Write("plans/a-PLAN.md", Plan("a", "Fine."));
        var output = AssertNoLeak(repo, format, extension, Token, Stripe);
        Assert.Contains("EXP0902", output, StringComparison.Ordinal);
        Assert.Contains("EXP0701", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_secret_in_a_file_name_is_reported_and_quoted_by_no_message(string format, string extension)
    {
        using var repo = Repo();
        repo.Write($"plans/{Token}-PLAN.md", Plan("same", "First."));
        repo.Write("plans/z-PLAN.md", Plan("same", "Second: the duplicate id quotes the first file's path."));
        var output = Lint(repo, format, extension);
        Assert.Contains("in the file's name", output, StringComparison.Ordinal);
        var duplicates = output.Split('\n').Where(l => l.Contains("already used", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(duplicates);
        // The message after "already used", up to the end of its JSON string (SARIF is one line; its locations keep the path).
        Assert.All(duplicates, line => Assert.DoesNotContain(Token[4..12], line.Split("already used")[1].Split('"')[0], StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Encoded_and_escaped_secrets_are_found_and_their_pieces_quoted_nowhere(string format, string extension)
    {
        using var repo = Repo();
        var entity = Token[..3] + "&#" + (int)Token[3] + ";" + Token[4..];
        var escaped = Token[..10] + "\\x" + ((int)Token[10]).ToString("x2", System.Globalization.CultureInfo.InvariantCulture) + Token[11..];
        repo.Write("plans/a-PLAN.md", Plan("a", $"Entity: <{entity}>\n\nEscaped: \"{escaped}\"\n\nBeside letters: 令牌{Stripe}\n\n## {entity}\n"));
        var output = AssertNoLeak(repo, format, extension, Token, Stripe);
        Assert.True(output.Split("EXP0701").Length >= 4, output);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_secret_written_with_YAML_escapes_is_not_quoted_decoded(string format, string extension)
    {
        using var repo = Repo();
        var escaped = string.Concat(Token.Select((c, i) => i % 5 == 2 ? "\\x" + ((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
        repo.Write("plans/a-PLAN.md", Plan("a", "Fine.").Replace("status: IN_PROGRESS", $"status: \"{escaped}\"", StringComparison.Ordinal));
        repo.Write(".execplan.yaml", $"\"{escaped}\": on\n");
        var output = AssertNoLeak(repo, format, extension, Token);
        Assert.Contains("EXP0104", output, StringComparison.Ordinal);
    }

    private static TempFolder Repo()
    {
        var repo = new TempFolder();
        repo.Folder(".git");
        return repo;
    }

    private static string Lint(TempFolder repo, string format, string extension)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var report = repo.Combine("out/report." + extension);
        CommandLine.Run(["lint", "--format", format], stdout, stderr, repo.Path);
        CommandLine.Run(["lint", "--format", format, "--output", report], new StringWriter(), new StringWriter(), repo.Path);
        return stdout + "\n" + stderr + "\n" + File.ReadAllText(report);
    }

    // No run of eight characters of any secret appears anywhere in any output.
    private static string AssertNoLeak(TempFolder repo, string format, string extension, params string[] secrets)
    {
        var output = Lint(repo, format, extension);
        foreach (var secret in secrets)
        {
            for (var i = 0; i + 8 <= secret.Length; i++)
            {
                Assert.False(output.Contains(secret.Substring(i, 8), StringComparison.Ordinal), $"'{secret.Substring(i, 8)}' leaked:\n{output}");
            }
        }

        return output;
    }
}
