using System.Text.Json;
using ExecPlan.Output;

namespace ExecPlan.Tests.Output;

public sealed class JsonReportWriterTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "json-repo");

    private static JsonElement Write()
    {
        using var stream = new MemoryStream();
        JsonReportWriter.Write(Findings.Run(Root), stream, Root);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Has_version_and_summary()
    {
        var report = Write();

        Assert.Equal(1, report.GetProperty("version").GetInt32());
        var summary = report.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(1, summary.GetProperty("infos").GetInt32());
        Assert.Equal(1, summary.GetProperty("suppressed").GetInt32());
        Assert.Equal(2, summary.GetProperty("files").GetInt32());
    }

    [Fact]
    public void Lists_files_with_their_findings()
    {
        var files = Write().GetProperty("files");

        Assert.Equal(["plans/a b-PLAN.md", "PLAN.md"], files.EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        var diagnostics = files[0].GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(4, diagnostics.Count);
        var first = diagnostics[0];
        Assert.Equal("EXP0202", first.GetProperty("ruleId").GetString());
        Assert.Equal("missing-required-section", first.GetProperty("name").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal((3, 5, 3, 9), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(),
            first.GetProperty("endLine").GetInt32(), first.GetProperty("endColumn").GetInt32()));
        Assert.False(first.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("suppressionReason").ValueKind);
        Assert.Equal(0, first.GetProperty("fixes").GetArrayLength());
        var fix = Assert.Single(diagnostics[1].GetProperty("fixes").EnumerateArray());
        Assert.Equal("Write '## Decision Log'", fix.GetProperty("title").GetString());
        Assert.Equal("safe", fix.GetProperty("safety").GetString());
        var edit = Assert.Single(fix.GetProperty("edits").EnumerateArray());
        Assert.Equal((40, 9, 3, 8, 3, 17, "Decision Log"), (edit.GetProperty("offset").GetInt32(), edit.GetProperty("length").GetInt32(),
            edit.GetProperty("line").GetInt32(), edit.GetProperty("column").GetInt32(), edit.GetProperty("endLine").GetInt32(),
            edit.GetProperty("endColumn").GetInt32(), edit.GetProperty("text").GetString()));
        Assert.True(diagnostics[2].GetProperty("suppressed").GetBoolean());
        Assert.Equal("vendor docs", diagnostics[2].GetProperty("suppressionReason").GetString());
    }

    [Fact]
    public void Run_findings_carry_their_path()
    {
        var run = Assert.Single(Write().GetProperty("runDiagnostics").EnumerateArray());

        Assert.Equal(".execplan.yaml", run.GetProperty("path").GetString());
        Assert.Equal("EXP0007", run.GetProperty("ruleId").GetString());
    }
}
