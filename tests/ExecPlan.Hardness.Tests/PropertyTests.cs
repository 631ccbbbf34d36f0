using CsCheck;
using ExecPlan.Linting;
using ExecPlan.Model;
using ExecPlan.Schema.Generated;
using Xunit.Abstractions;

namespace ExecPlan.Hardness.Tests;

/// <summary>Properties over random and mutated plans: the engine never throws or hangs, keeps positions inside the file, and writes SARIF that parses. Set EXECPLAN_FUZZ_SECONDS for a sustained run.</summary>
public sealed class PropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void Random_markdown_keeps_the_invariants() =>
        PlanGen.Markdown.Sample(text => _ = Invariants.Check(text), iter: FuzzTime.Iterations(400), time: FuzzTime.Seconds, writeLine: output.WriteLine);

    [Fact]
    public void Random_front_matter_keeps_the_invariants() =>
        PlanGen.FrontMatterPlan.Sample(text => _ = Invariants.Check(text), iter: FuzzTime.Iterations(400), time: FuzzTime.Seconds, writeLine: output.WriteLine);

    [Fact]
    public void Mutated_corpus_plans_keep_the_invariants() =>
        PlanGen.MutatedPlan.Sample(text => _ = Invariants.Check(text), iter: FuzzTime.Iterations(300), time: FuzzTime.Seconds, writeLine: output.WriteLine);

    [Fact]
    public void Random_bytes_decode_to_text_or_one_encoding_finding() =>
        PlanGen.Bytes.Sample(bytes =>
        {
            var (text, problem) = PlanFileReader.Decode("plans/fuzz.md", bytes);
            Assert.True(text is null != (problem is null));
            if (problem is not null)
            {
                Assert.Equal(RuleIds.InvalidEncoding, problem.Id);
                Assert.True(problem.Span.Line >= 1 && problem.Span.Column >= 1);
            }
            else
            {
                _ = Invariants.Check(text!);
            }
        }, iter: FuzzTime.Iterations(400), time: FuzzTime.Seconds, writeLine: output.WriteLine);

    [Fact]
    public void Random_repository_files_are_findings_never_failures() =>
        Gen.Select(PlanGen.RepositoryYaml, PlanGen.RepositoryYaml, PlanGen.Markdown).Sample((config, locks, policy) => RepositoryFiles.Check(config, locks, policy), iter: FuzzTime.Iterations(60), time: FuzzTime.Seconds, writeLine: output.WriteLine);

    [Fact]
    public void Linting_is_deterministic() =>
        PlanGen.MutatedPlan.Sample(text =>
        {
            var linter = new PlanLinter(new LintSettings { Clock = new FixedClock() });
            Assert.Equal(Lines(linter.LintText("p.md", text)), Lines(linter.LintText("p.md", text)));
        }, iter: FuzzTime.Iterations(50), time: FuzzTime.Seconds, writeLine: output.WriteLine);

    private static string[] Lines(FileReport report) =>
        [.. report.Diagnostics.Select(d => $"{d.Span} {d.Severity} {d.Id} {d.Message} {string.Join(" | ", d.Fixes.SelectMany(f => f.Edits).Select(e => $"{e.Offset}+{e.Length}={e.NewText}"))} {d.Suppression is null}")];

    [Fact]
    public void Line_map_positions_round_trip() =>
        PlanGen.Markdown.Sample(text =>
        {
            var lines = new LineMap(text);
            for (var offset = 0; offset <= text.Length; offset++)
            {
                var (line, column) = lines.PositionOf(offset);
                Assert.Equal(offset, lines.LineStart(line) + column - 1);
            }
        }, iter: FuzzTime.Iterations(200), time: FuzzTime.Seconds, writeLine: output.WriteLine);

    // The map remembers the line it found last; lookups out of order (backwards, jumps) must find what counting finds.
    [Fact]
    public void Line_map_lookups_in_any_order_agree_with_counting_line_breaks() =>
        PlanGen.Markdown.Select(Gen.Int[0, 1 << 20].Array[1, 60]).Sample((text, picks) =>
        {
            var lines = new LineMap(text);
            foreach (var pick in picks)
            {
                var offset = pick % (text.Length + 1);
                Assert.Equal(CountedLine(text, offset), lines.LineOf(offset));
            }
        }, iter: FuzzTime.Iterations(200), time: FuzzTime.Seconds, writeLine: output.WriteLine);

    private static int CountedLine(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            line += text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')) ? 1 : 0;
        }

        return line;
    }
}
