namespace ExecPlan.Cli.Tests;

/// <summary>Planted secrets are reported (EXP0701) but never reach any output: text, SARIF or JSON, stdout or file.</summary>
public sealed class SecretLeakTests
{
    // Assembled at run time so that the repository holds nothing a scanner would flag.
    private static readonly string GitHubToken = "gh" + "p_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";
    private static readonly string AwsKey = "AK" + "IA" + "Z7QX3JLMNPRT5VW2";
    private static readonly string Password = "s3cr" + "etPa55w0rdZq";
    private static readonly string StripeKey = "sk" + "_live_" + "4eC39HqLyjWDarjtT1zdp7dc9Xk2";

    private static string Plan => $"""
        ---
        id: leak-test
        status: IN_PROGRESS
        owner: {GitHubToken}
        created: 2025-11-22T14:00:00Z
        updated: 2025-11-22T14:00:00Z
        profile: {StripeKey}
        ---

        # PLAN: Leak test

        ## Purpose / Big Picture

        Clone https://deploy:{Password}@example.com/repo.git and use token {GitHubToken}.

        ## {AwsKey}

        ```bash
        export AWS_ACCESS_KEY_ID={AwsKey}
        ```

        <{GitHubToken} placeholder>
        """;

    private static IEnumerable<string> Secrets => [GitHubToken, AwsKey, Password, StripeKey];

    [Theory]
    [InlineData("text")]
    [InlineData("sarif")]
    [InlineData("json")]
    public void No_output_format_carries_a_planted_secret(string format)
    {
        using var folder = new TempFolder();
        var plan = folder.Write("plans/leak-PLAN.md", Plan);
        var file = folder.Combine("out." + format);

        var toStdout = Run(folder, "lint", plan, "--format", format);
        var toFile = Run(folder, "lint", plan, "--format", format, "--output", file);
        var written = File.ReadAllText(file);

        Assert.Contains("EXP0701", toStdout.Output + written, StringComparison.Ordinal);
        foreach (var text in new[] { toStdout.Output, toStdout.Errors, toFile.Output, toFile.Errors, written })
        {
            foreach (var secret in Secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
                Assert.DoesNotContain(secret[..8], text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_secret_is_reported_with_its_kind_and_at_most_four_characters()
    {
        using var folder = new TempFolder();
        var plan = folder.Write("plans/leak-PLAN.md", Plan);
        var output = Run(folder, "lint", plan).Output;

        var findings = output.Split('\n').Where(l => l.Contains("EXP0701", StringComparison.Ordinal)).ToList();
        Assert.True(findings.Count >= 4, output);
        Assert.Contains(findings, l => l.Contains("GitHub", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(findings, l => l.Contains("AWS", StringComparison.OrdinalIgnoreCase));
    }

    private static (string Output, string Errors) Run(TempFolder folder, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        CommandLine.Run(args, stdout, stderr, folder.Path);
        return (stdout.ToString(), stderr.ToString());
    }
}
