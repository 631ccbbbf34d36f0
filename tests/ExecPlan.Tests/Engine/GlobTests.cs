using ExecPlan.Linting;

namespace ExecPlan.Tests.Engine;

public sealed class GlobTests
{
    [Theory]
    [InlineData("*.md", "a.md", true)]
    [InlineData("*.md", "docs/a.md", false)]
    [InlineData("**/*.md", "a.md", true)]
    [InlineData("**/*.md", "x/y/z/a.md", true)]
    [InlineData("docs/**", "docs", true)]
    [InlineData("docs/**", "docs/a/b.md", true)]
    [InlineData("docs/**", "documents/a.md", false)]
    [InlineData("docs/*/a.md", "docs/x/a.md", true)]
    [InlineData("docs/*/a.md", "docs/x/y/a.md", false)]
    [InlineData("plans/**/*.md", "plans/a.md", true)]
    [InlineData("plans/**/*.md", "plans/2025/q4/a.md", true)]
    [InlineData("a?c.md", "abc.md", true)]
    [InlineData("a?c.md", "a/c.md", false)]
    [InlineData("a?c.md", "ac.md", false)]
    [InlineData("*-PLAN.md", "fix-login-PLAN.md", true)]
    [InlineData("*-PLAN.md", "fix-login-plan.md", false)]
    [InlineData("./docs/*.md", "docs/a.md", true)]
    [InlineData("docs\\*.md", "docs/a.md", true)]
    [InlineData("docs/*.md", "docs\\a.md", true)]
    [InlineData("**/b/**/c", "a/b/x/b/y/c", true)]
    [InlineData("*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    public void Matches_path_segments(string pattern, string path, bool expected) =>
        Assert.Equal(expected, new Glob(pattern).IsMatch(path));

    [Fact]
    public void Many_double_stars_stay_fast()
    {
        var pattern = new Glob(string.Join('/', Enumerable.Repeat("**", 30)) + "/z");
        var path = string.Join('/', Enumerable.Repeat("a", 200));

        Assert.False(pattern.IsMatch(path));
    }

    [Fact]
    public void A_pattern_of_two_hundred_thousand_double_stars_is_one_and_cannot_exhaust_the_stack()
    {
        var pattern = new Glob(string.Concat(Enumerable.Repeat("**/", 200_000)) + "x.md");
        Assert.True(pattern.IsMatch("a/b/x.md"));
        Assert.False(pattern.IsMatch("a/b/y.md"));
    }

    [Theory]
    [InlineData("docs/*.md", true)]
    [InlineData("/docs/*.md", false)]
    [InlineData("../x/*.md", false)]
    [InlineData("a/../../x", false)]
    [InlineData("C:/x", false)]
    public void Relative_globs_stay_inside_the_root(string pattern, bool expected) =>
        Assert.Equal(expected, Glob.IsRelative(pattern));
}
