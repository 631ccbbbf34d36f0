using ExecPlan.Configuration;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Tests.Configuration;

/// <summary>The `metrics:` thresholds of `.execplan.yaml`: read when valid, an EXP0007 at the value when not.</summary>
public sealed class MetricThresholdTests
{
    private const string ConfigPath = "/repo/.execplan.yaml";

    [Fact]
    public void Every_threshold_is_read()
    {
        var (config, diagnostics) = ConfigLoader.Parse(ConfigPath, """
            metrics:
              external_dependencies: 0
              acceptance_verifiability: 1.0
              evidence_coverage: 0.8
              living_freshness: 15m
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(new MetricThresholds(0, 1.0, 0.8, TimeSpan.FromMinutes(15)), config.Metrics);
    }

    [Fact]
    public void Without_metrics_no_threshold_is_set()
    {
        Assert.Equal(MetricThresholds.None, ConfigLoader.Parse(ConfigPath, "level: standard\n").Config.Metrics);
        Assert.Equal(MetricThresholds.None, ConfigLoader.Parse(ConfigPath, "metrics:\n").Config.Metrics);
    }

    [Theory]
    [InlineData("  external_dependencies: -1", 26, "'-1' is not a count for 'metrics.external_dependencies'")]
    [InlineData("  external_dependencies: two", 26, "'two' is not a count")]
    [InlineData("  evidence_coverage: 1.5", 22, "'1.5' is not a ratio for 'metrics.evidence_coverage'; write a number from 0 to 1")]
    [InlineData("  evidence_coverage: -0.1", 22, "'-0.1' is not a ratio for 'metrics.evidence_coverage'")]
    [InlineData("  evidence_coverage: high", 22, "'high' is not a ratio")]
    [InlineData("  evidence_coverage: [0.8]", 22, "'metrics.evidence_coverage' takes a single value")]
    [InlineData("  living_freshness: 15", 21, "'15' is not an age for 'metrics.living_freshness'")]
    [InlineData("  evidence: 0.8", 3, "unknown metric 'evidence' in 'metrics'; valid metrics are external_dependencies, acceptance_verifiability, evidence_coverage, living_freshness")]
    public void A_bad_threshold_is_an_invalid_config_finding_at_its_value_and_the_others_are_kept(string line, int column, string reason)
    {
        var (config, diagnostics) = ConfigLoader.Parse(ConfigPath, $"level: standard\nmetrics:\n  acceptance_verifiability: 0.5\n{line}\n");

        var finding = Assert.Single(diagnostics);
        Assert.Equal(RuleIds.InvalidConfig, finding.Id);
        Assert.Equal(4, finding.Span.Line);
        Assert.Equal(column, finding.Span.Column);
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
        Assert.Equal(0.5, config.Metrics.AcceptanceVerifiability);
    }

    [Theory]
    [InlineData("metrics:\n  ? [a]\n  : 1\n")]
    [InlineData("metrics:\n  evidence_coverage: &x 0.5\n  living_freshness: *x\n")]
    [InlineData("metrics: [1, 2]\n")]
    [InlineData("metrics:\n  evidence_coverage: NaN\n  acceptance_verifiability: 1e-1\n")]
    [InlineData("metrics:\n  external_dependencies: 99999999999\n  living_freshness: 0m\n")]
    [InlineData("metrics:\n  evidence_coverage: !!float 0.5x\n")]
    public void Hostile_thresholds_are_configuration_findings_never_failures(string yaml)
    {
        var (_, diagnostics) = ConfigLoader.Parse(ConfigPath, yaml);

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(RuleIds.InvalidConfig, d.Id));
    }

    [Fact]
    public void Metrics_must_be_a_mapping()
    {
        var finding = Assert.Single(ConfigLoader.Parse(ConfigPath, "metrics: 0.8\n").Diagnostics);
        Assert.Equal((1, 10), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("'metrics' must be a mapping of external_dependencies,", finding.Message, StringComparison.Ordinal);
    }
}
