using System.Text;
using CsCheck;
using ExecPlan.Baselines;
using ExecPlan.Diagnostics;
using ExecPlan.Schema.Generated;
using Xunit.Abstractions;

namespace ExecPlan.Hardness.Tests;

/// <summary>
/// Baseline files as people and merges leave them: random text built from the pieces of the format (and bytes that are not
/// UTF-8) is always either a baseline or one EXP0011 located inside the file, never an exception; a baseline it reads
/// writes back to text it reads again the same.
/// </summary>
public sealed class BaselineFileTests(ITestOutputHelper output)
{
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", " ", "\n", "\r\n", "\"", "\\", "\\u0000", "\\udc00", "\\n", "\uFEFF", "<<<<<<< HEAD\n", ">>>>>>> x\n",
        "\"version\"", "\"entries\"", "\"path\"", "\"rule\"", "\"section\"", "\"hash\"", "\"count\"", "\"tool\"",
        "1", "2", "0", "-1", "2147483647", "99999999999", "1.5", "true", "null",
        "\"a.md\"", "\"docs/x-PLAN.md\"", "\"../up.md\"", "\"/abs.md\"", "\"EXP0202\"", "\"Progress\"", "\"\"", "\"0123456789abcdef\"", "\"XYZ\"",
        "//", "/*", "*/", "é",
    ];

    private static readonly Gen<byte[]> Texts = Gen.OneOf(
        Gen.OneOf(Tokens).Array[0, 40].Select(t => Encoding.UTF8.GetBytes(string.Concat(t))),
        Gen.Byte.Array[0, 64]);

    [Fact]
    public void Any_text_is_a_baseline_or_one_located_EXP0011() =>
        Texts.Sample(bytes =>
        {
            var (baseline, problem) = BaselineFile.Parse("b.json", bytes, Severity.Error);
            Assert.True((baseline is null) != (problem is null));
            if (problem is not null)
            {
                Assert.Equal(RuleIds.InvalidBaseline, problem.Id);
                Assert.InRange(problem.Span.Line, 1, bytes.Count(b => b == '\n') + 1);
                Assert.True(problem.Span.Column >= 1);
            }
            else
            {
                var again = BaselineFile.Parse("b.json", Encoding.UTF8.GetBytes(baseline!.ToJson()), Severity.Error);
                Assert.Equal(baseline.ToJson(), again.Baseline!.ToJson());
            }
        }, iter: FuzzTime.Iterations(20_000), time: FuzzTime.Seconds, writeLine: output.WriteLine);
}
