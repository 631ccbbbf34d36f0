using System.Text.RegularExpressions;

namespace ExecPlan.Cli.Tests;

/// <summary>Every relative link of the README and the pages under docs/ names a file or folder of the repository.</summary>
public sealed partial class DocLinkTests
{
    public static TheoryData<string> Pages()
    {
        var root = TestRepository.Root;
        var pages = new TheoryData<string> { "README.md" };
        foreach (var page in Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            pages.Add(Path.GetRelativePath(root, page).Replace('\\', '/'));
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Relative_links_resolve(string page)
    {
        var path = Path.Combine(TestRepository.Root, page);
        var folder = Path.GetDirectoryName(path)!;
        var broken = RelativeLinks(File.ReadAllText(path))
            .Where(target => !File.Exists(Path.Combine(folder, target)) && !Directory.Exists(Path.Combine(folder, target)))
            .ToList();
        Assert.True(broken.Count == 0, $"{page} links to files that do not exist: {string.Join(", ", broken)}");
    }

    [Fact]
    public void Links_outside_code_are_found_and_links_in_code_are_not()
    {
        var text = "See [a](docs/a.md#part) and [b](https://x.test/b) and [c](#top).\n`[d](d.md)`\n```\n[e](e.md)\n```\n[f](../f.md \"title\")\n";
        Assert.Equal(["docs/a.md", "../f.md"], RelativeLinks(text));
    }

    /// <summary>The file part of each Markdown link outside code that is not a URL or an anchor of the same page.</summary>
    private static List<string> RelativeLinks(string markdown)
    {
        var prose = InlineCode().Replace(FencedCode().Replace(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), string.Empty), string.Empty);
        return Link().Matches(prose)
            .Select(m => m.Groups["target"].Value)
            .Where(t => !t.StartsWith('#') && !UrlScheme().IsMatch(t))
            .Select(t => Uri.UnescapeDataString(t.Split('#')[0]))
            .ToList();
    }

    [GeneratedRegex(@"^[ \t]*(```|~~~).*?^[ \t]*\1[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex UrlScheme();
}
