using System.Text.Json;
using ExecPlan.Linting;
using ExecPlan.Output;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Metrics;

/// <summary>Each file's summary and metrics reach the JSON report (`plan`) and SARIF (`artifacts[].properties.plan`), secrets redacted.</summary>
public sealed class PlanSummaryReportTests : IDisposable
{
    private readonly TempFolder _folder = TempFolder.WithGit();

    public void Dispose() => _folder.Dispose();

    private LintRun Lint(string plan)
    {
        _folder.Write("plans/demo-PLAN.md", plan);
        return new PlanLinter(new LintSettings { RootDirectory = _folder.Path, WorkingDirectory = _folder.Path, Clock = new FixedClock(Linter.Now) }).Lint([_folder.Path]);
    }

    private static JsonElement Json(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void The_JSON_report_and_SARIF_carry_the_same_plan_object()
    {
        var run = Lint(Plans.Compliant);

        var json = Json(s => JsonReportWriter.Write(run, s, _folder.Path)).GetProperty("files")[0].GetProperty("plan");
        var sarif = Json(s => SarifWriter.Write(run, s, _folder.Path)).GetProperty("runs")[0].GetProperty("artifacts")[0].GetProperty("properties").GetProperty("plan");

        Assert.Equal(JsonSerializer.Serialize(json), JsonSerializer.Serialize(sarif));
        Assert.Equal(("demo-plan", "IN_PROGRESS", false, "2025-11-22T15:00:00Z"), (json.GetProperty("id").GetString(), json.GetProperty("status").GetString(), json.GetProperty("statusDerived").GetBoolean(), json.GetProperty("updated").GetString()));
        Assert.Equal((1, 2), (json.GetProperty("progress").GetProperty("done").GetInt32(), json.GetProperty("progress").GetProperty("total").GetInt32()));
        var metrics = json.GetProperty("metrics");
        Assert.Equal(1.0, metrics.GetProperty("acceptanceVerifiability").GetDouble());
        Assert.Equal((2, 2), (metrics.GetProperty("claims").GetInt32(), metrics.GetProperty("claimsWithEvidence").GetInt32()));
        Assert.Equal("2025-11-22T14:30:00Z", metrics.GetProperty("lastLivingUpdate").GetString());
        Assert.Equal((long)(Linter.Now - new DateTimeOffset(2025, 11, 22, 14, 30, 0, TimeSpan.Zero)).TotalSeconds, metrics.GetProperty("livingFreshnessSeconds").GetInt64());
    }

    [Fact]
    public void Unknown_ratios_are_null_and_secrets_in_the_next_action_are_redacted()
    {
        var token = string.Concat("gh", "p_", "R8BcQ4t8JbV1eyQjQapBLaHwUc9Rv9xZ2mKq");
        var plan = Plans.Compliant.Without("Validation & Acceptance")
            .Replace("Next Action: Run `dotnet test`.", $"Next Action: Export {token} first.", StringComparison.Ordinal);

        var run = Lint(plan);
        var text = System.Text.Encoding.UTF8.GetString(Bytes(s => JsonReportWriter.Write(run, s, _folder.Path)))
            + System.Text.Encoding.UTF8.GetString(Bytes(s => SarifWriter.Write(run, s, _folder.Path)));

        Assert.DoesNotContain("R8BcQ4t8", text, StringComparison.Ordinal);
        var metrics = Json(s => JsonReportWriter.Write(run, s, _folder.Path)).GetProperty("files")[0].GetProperty("plan").GetProperty("metrics");
        Assert.Equal(JsonValueKind.Null, metrics.GetProperty("acceptanceVerifiability").ValueKind);
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
