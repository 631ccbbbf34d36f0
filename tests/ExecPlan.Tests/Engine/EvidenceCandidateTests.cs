using System.Text.RegularExpressions;
using CsCheck;
using ExecPlan.Rules.Evidence;

namespace ExecPlan.Tests.Engine;

/// <summary>
/// The evidence-path search enumerates matches without their groups and reads the path off each match (the text before its
/// `:line` suffix); it skips the tokens without a `.` or a `/`, which the path filter never keeps (it wants a folder or an extension).
/// </summary>
public class EvidenceCandidateTests
{
    [Fact]
    public void The_path_read_off_a_match_is_its_path_group()
    {
        string[] pieces = ["src", "a", "/", ".", "..", "./", "~", "-", "_", "ts", ".md", ":", ":42", ":4-7", "-7", ">", "<", "`", " ", "\n", "$", "@", "*", "{", "1", "v1.2", "é", "x~y", ",", ";", ")", "src/a.ts:12"];
        Gen.OneOf(pieces).Array[0, 30].Select(p => string.Concat(p)).Sample(
            text =>
            {
                foreach (Match match in EvidencePaths.Candidate().Matches(text))
                {
                    var colon = match.Value.IndexOf(':', StringComparison.Ordinal);
                    Assert.Equal((match.Groups["path"].Index, match.Groups["path"].Value), (match.Index, colon < 0 ? match.Value : match.Value[..colon]));
                }
            },
            iter: 20_000);
    }

    [Theory]
    [InlineData("see `src/auth/session.ts:42` and README.md.", "src/auth/session.ts|README.md")]
    [InlineData("words only, no paths here: none", "")]
    [InlineData("a~b/c ok, docs/x.md:3-9; 1/2 and src/**/*.ts", "a~b/c|docs/x.md")]
    public void Paths_in_prose_are_found(string text, string paths) =>
        Assert.Equal(paths, string.Join('|', EvidencePaths.Candidates(text).Select(c => c.Path)));
}
