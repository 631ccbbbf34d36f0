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
}
