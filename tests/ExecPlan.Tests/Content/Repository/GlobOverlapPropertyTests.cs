using System.Text.RegularExpressions;
using CsCheck;
using ExecPlan.Repository;

namespace ExecPlan.Tests.Content.Repository;

/// <summary>Checks the overlap search against brute force over a universe of concrete paths.</summary>
public class GlobOverlapPropertyTests
{
    private static readonly string[] SegmentPatterns = ["a", "b", "ab", "*", "?", "**", "a*", "*a", "?b", "*a*"];

    /// <summary>Every path of one to three segments, each segment one or two of a, b, c.</summary>
    private static readonly string[] Universe = BuildUniverse();

    private static readonly Gen<string> Glob = Gen.OneOf(SegmentPatterns).Array[1, 3].Select(s => string.Join('/', s));

    private static readonly Gen<string> ShortGlob = Gen.OneOf(SegmentPatterns).Array[1, 2].Select(s => string.Join('/', s));

    [Fact]
    public void A_path_matching_both_globs_implies_overlap()
    {
        Gen.Select(Glob, Glob, Gen.OneOf(Universe)).Sample(
            (a, b, path) => !(Matches(a, path) && Matches(b, path)) || GlobOverlap.Overlaps(a, b),
            iter: 5000);
    }

    [Fact]
    public void Overlap_is_exactly_the_existence_of_a_common_short_path()
    {
        Gen.Select(ShortGlob, ShortGlob).Sample(
            (a, b) => GlobOverlap.Overlaps(a, b) == Universe.Any(p => Matches(a, p) && Matches(b, p)),
            iter: 300);
    }

    [Fact]
    public void Overlap_is_symmetric()
    {
        Gen.Select(Glob, Glob).Sample((a, b) => GlobOverlap.Overlaps(a, b) == GlobOverlap.Overlaps(b, a), iter: 2000);
    }

    /// <summary>An independent matcher: the glob as an anchored regex.</summary>
    private static bool Matches(string glob, string path)
    {
        var pattern = string.Join("/", glob.Split('/').Select(s => s == "**" ? "\u0001" : Regex.Escape(s).Replace("\\*", "[^/]*").Replace("\\?", "[^/]")));
        pattern = pattern.Replace("\u0001/", "(?:[^/]+/)*").Replace("/\u0001", "(?:/[^/]+)*").Replace("\u0001", "(?:[^/]+(?:/[^/]+)*)?");
        return Regex.IsMatch(path, "^" + pattern + "$");
    }

    private static string[] BuildUniverse()
    {
        string[] letters = ["a", "b", "c"];
        var segments = letters.Concat(letters.SelectMany(x => letters.Select(y => x + y))).ToArray();
        var paths = new List<string>(segments);
        paths.AddRange(segments.SelectMany(x => segments.Select(y => x + "/" + y)));
        paths.AddRange(segments.SelectMany(x => segments.SelectMany(y => segments.Select(z => x + "/" + y + "/" + z))));
        return [.. paths];
    }
}
