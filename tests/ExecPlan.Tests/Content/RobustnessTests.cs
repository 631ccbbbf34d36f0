using CsCheck;
using ExecPlan.Repository;
using ExecPlan.Secrets;
using ExecPlan.Text;

namespace ExecPlan.Tests.Content;

/// <summary>Every primitive returns data for any input: no exceptions on arbitrary or near-miss text.</summary>
public class RobustnessTests
{
    private static readonly Gen<string> NearMiss =
        Gen.OneOf(
            Gen.String[Gen.Char["0123456789-:TZtz+. /*?{}[],&!|\n\"'"], 0, 60],
            Gen.String,
            Gen.OneOf("2025-11-22T14:00:00Z", "version: 1\nlocks:\n  - owner: a\n", "src/**", "token: ", "-----BEGIN PRIVATE KEY-----")
                .SelectMany(s => Gen.String[0, 20].Select(t => s + t)));

    [Fact]
    public void Text_primitives_never_throw()
    {
        NearMiss.Sample(text =>
        {
            _ = Rfc3339.Parse(text);
            var tokens = TimestampScanner.Scan(text);
            Assert.All(tokens, t => Assert.InRange(t.End, t.Offset + 1, text.Length));
        });
    }

    [Fact]
    public void Secret_scanner_never_throws()
    {
        NearMiss.Sample(text => Assert.All(SecretScanner.Default.Scan(text), m => Assert.InRange(m.End, m.Offset + 1, text.Length)), iter: 2000);
    }

    [Fact]
    public void Lock_file_parser_and_globs_never_throw()
    {
        NearMiss.Sample(text =>
        {
            var result = LockFileParser.Parse(text);
            Assert.All(result.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 1));
            _ = LockConflicts.Find(result.File);
            _ = GlobOverlap.Overlaps(text, "src/**");
        }, iter: 2000);
    }
}
