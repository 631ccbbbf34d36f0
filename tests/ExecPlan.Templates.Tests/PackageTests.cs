using System.IO.Compression;

namespace ExecPlan.Templates.Tests;

/// <summary>The packed .nupkg: a template package whose dotfiles survived packing and which ships no assembly.</summary>
[Collection(SharedTemplateHive.Name)]
public sealed class PackageTests(TemplateHive hive)
{
    [Fact]
    public void Holds_the_template_content_with_its_dotfiles_and_no_assembly()
    {
        using var package = ZipFile.OpenRead(hive.Package);
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("content/execplan/.template.config/template.json", entries);
        Assert.Contains("content/execplan/.template.config/dotnetcli.host.json", entries);
        Assert.Contains("content/execplan/locks/.agent-locks.yaml", entries);
        Assert.Contains("content/execplan-policy/.template.config/template.json", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));

        using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<packageType name=\"Template\" />", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<dependency ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Holds_its_own_short_readme_not_the_repository_front_door()
    {
        using var package = ZipFile.OpenRead(hive.Package);
        using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        Assert.Contains("<readme>README.md</readme>", nuspec.ReadToEnd(), StringComparison.Ordinal);

        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();
        Assert.Equal(File.ReadAllText(Path.Combine(BuildInfo.RepoRoot, "src", "ExecPlan.Templates", "README.md")), readme);
        Assert.Contains("dotnet new execplan", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("<!-- rules:start -->", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("| EXP0001 |", readme, StringComparison.Ordinal);
        Assert.True(readme.Split('\n').Length < 80, "The package readme should be short: " + readme.Split('\n').Length + " lines");
    }
}
