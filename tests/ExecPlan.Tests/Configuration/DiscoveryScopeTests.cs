using ExecPlan.Linting;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Configuration;

/// <summary>Plan discovery reads the configuration for what it needs and never its findings (which only a lint reports, redacted).</summary>
public sealed class DiscoveryScopeTests
{
    [Fact]
    public void Discovery_reads_the_configuration_without_its_findings_and_finds_the_same_plans()
    {
        using var repo = TempFolder.WithGit();
        repo.Write(".execplan.yaml", $"include: ['work/*.md']\nunknown_key: {FakeSecrets.GitHubToken}\n");
        repo.Write("work/a.md");
        repo.Write("plans/b.md");
        var settings = new LintSettings { WorkingDirectory = repo.Path };

        var lint = LintScope.Resolve(settings, repo.Path);
        var discovery = LintScope.Resolve(settings, repo.Path, findings: false);

        // The lint's scope reports the unknown key and the token (redacted); discovery's has no finding to leak it through.
        Assert.NotEmpty(lint.ConfigDiagnostics);
        Assert.DoesNotContain(lint.ConfigDiagnostics, d => d.Message.Contains(FakeSecrets.GitHubToken, StringComparison.Ordinal));
        Assert.Empty(discovery.ConfigDiagnostics);
        Assert.Equal(lint.Root, discovery.Root);
        Assert.Equal(lint.Config.FilePath, discovery.Config.FilePath);
        Assert.Equal<string>(lint.Plans([lint.Root]), discovery.Plans([discovery.Root]));
        Assert.Contains(discovery.Plans([discovery.Root]), p => p.EndsWith("a.md", StringComparison.Ordinal));
    }
}
