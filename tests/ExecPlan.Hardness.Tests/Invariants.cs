using System.Text.Json;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Model;
using ExecPlan.Output;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Hardness.Tests;

/// <summary>What must hold for any input: no exception, no hang, no rule or parser failure, every position inside the file, and SARIF that parses.</summary>
internal static class Invariants
{
    /// <summary>How long one in-memory lint may take before the test calls it a hang (generous: the machines are small and shared; cost is the benchmarks' business).</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    private static readonly PlanLinter Linter = new(new LintSettings { Clock = new FixedClock(), RootDirectory = Path.GetTempPath(), WorkingDirectory = Path.GetTempPath() });

    /// <summary>Lints the text in memory and checks every invariant; returns the report.</summary>
    public static FileReport Check(string text, int stackSize = Bounded.DefaultStack)
    {
        var report = Bounded.Run(() => Linter.LintText("plans/fuzz.md", text), Limit, stackSize);
        Positions(report, new LineMap(text), text);
        Sarif(new LintRun([report], []));
        return report;
    }

    /// <summary>No finding is EXP0004 (a rule threw) or an EXP0009 other than deep nesting (the parser threw), and every span lies inside the text.</summary>
    public static void Positions(FileReport report, LineMap lines, string text)
    {
        foreach (var d in report.Diagnostics)
        {
            Assert.True(d.Id != RuleIds.RuleFailure, $"{d.Id}: {d.Message}");
            // EXP0009 is for nesting past the parser's limit, a line too long, a table too large or too many lines to parse; any other parser
            // exception is a bug it would hide.
            Assert.True(
                d.Id != RuleIds.UnparsablePlan
                    || d.Message.Contains("nested too deeply", StringComparison.Ordinal)
                    || d.Message.Contains("line is longer than", StringComparison.Ordinal)
                    || d.Message.Contains("'|' table bars", StringComparison.Ordinal)
                    || d.Message.Contains("non-blank lines", StringComparison.Ordinal),
                d.Message);
            var where = $"{d.Id} at {d.Span} in a text of {lines.LineCount} lines: {d.Message}";
            Assert.True(d.Span.Line >= 1 && d.Span.Line <= lines.LineCount, where);
            Assert.True(d.Span.Column >= 1 && d.Span.Column <= LineLength(lines, text, d.Span.Line) + 1, where);
            if (d.Span.EndLine != 0)
            {
                Assert.True(d.Span.EndLine >= d.Span.Line && d.Span.EndLine <= lines.LineCount, where);
                Assert.True(d.Span.EndLine > d.Span.Line || d.Span.EndColumn >= d.Span.Column, where);
                Assert.True(d.Span.EndColumn >= 1 && d.Span.EndColumn <= LineLength(lines, text, d.Span.EndLine) + 1, where);
            }

            // A fix's edits lie inside the text, none overlapping another, each with the span of its offsets.
            foreach (var fix in d.Fixes)
            {
                Assert.Single(Fixes.AppliedFixes.Apply(text, [fix]).Applied);
                Assert.All(fix.Edits, e => Assert.Equal(lines.SpanOf(e.Offset, e.End), e.Span));
            }
        }
    }

    /// <summary>The run written as SARIF parses as JSON, says 2.1.0, and holds one result per reported finding.</summary>
    public static void Sarif(LintRun run)
    {
        using var stream = new MemoryStream();
        SarifWriter.Write(run, stream, Path.GetTempPath());
        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(run.All.Count(d => d.Severity != Severity.Off), results.GetArrayLength());
        foreach (var result in results.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(result.GetProperty("ruleId").GetString()));
        }
    }

    private static int LineLength(LineMap lines, string text, int line) => lines.LineEnd(line, text) - lines.LineStart(line);
}
