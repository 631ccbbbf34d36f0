using ExecPlan.Repository;

namespace ExecPlan.Tests.Content.Repository;

public class GlobOverlapTests
{
    [Theory]
    [InlineData("src/**", "src/web/**")]
    [InlineData("src/*.ts", "src/**")]
    [InlineData("**", "docs/readme.md")]
    [InlineData("**", "**")]
    [InlineData("src/components/**", "src/components/Button.tsx")]
    [InlineData("src/*/index.ts", "src/web/*.ts")]
    [InlineData("src/a?c.ts", "src/*b*.ts")]
    [InlineData("**/*.md", "docs/**")]
    [InlineData("a/**/b", "a/b")]
    [InlineData("a/**/b", "a/x/y/b")]
    [InlineData("./src/app.ts", "/src/app.ts")]
    [InlineData("src/", "src/deep/file.ts")]
    [InlineData("src\\web\\**", "src/web/a.ts")]
    [InlineData("src/*.{ts,tsx}", "src/App.tsx")]
    [InlineData("src/[ab].ts", "src/a.ts")]
    [InlineData("*a*", "*b*")]
    [InlineData("src/**/*.test.ts", "src/**/auth/*")]
    public void Globs_that_share_a_path_overlap(string a, string b)
    {
        Assert.True(GlobOverlap.Overlaps(a, b));
        Assert.True(GlobOverlap.Overlaps(b, a));
    }

    [Theory]
    [InlineData("src/a/**", "src/b/**")]
    [InlineData("docs/*.md", "src/**")]
    [InlineData("src/*.ts", "src/web/app.ts")]
    [InlineData("src/*.ts", "src/*.js")]
    [InlineData("a?", "abc")]
    [InlineData("src/app.ts", "src/app.tsx")]
    [InlineData("src/**/*.md", "src/**/*.ts")]
    [InlineData("src/*.{ts,tsx}", "src/App.js")]
    [InlineData("Src/**", "src/**")]
    [InlineData("", "**")]
    [InlineData(null, "**")]
    public void Disjoint_globs_do_not_overlap(string? a, string? b)
    {
        Assert.False(GlobOverlap.Overlaps(a, b));
        Assert.False(GlobOverlap.Overlaps(b, a));
    }

    [Fact]
    public void Long_globs_are_compared_to_the_end()
    {
        var a = string.Join('/', Enumerable.Repeat("**/*a*b*c*", 50));
        var b = string.Join('/', Enumerable.Repeat("**/*c*b*a*", 50)) + "/abcx";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Assert.True(GlobOverlap.Overlaps(a, b));
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"took {clock.Elapsed}"); // a hang guard only: cost is measured by the benchmarks, never timed in a test
    }

    [Fact]
    public void Brace_bombs_degrade_to_a_wildcard()
    {
        var bomb = string.Concat(Enumerable.Repeat("{a,b,c,d}", 20));

        // Past 64 alternatives the remaining braces read as "*": an over-approximation, never a missed overlap.
        Assert.True(GlobOverlap.Overlaps(bomb, "abcd" + new string('a', 16)));
        Assert.True(GlobOverlap.Overlaps(bomb, "dz"));
        Assert.False(GlobOverlap.Overlaps(bomb, "zz"));
        Assert.False(GlobOverlap.Overlaps(bomb, "a/b"));
    }
}
