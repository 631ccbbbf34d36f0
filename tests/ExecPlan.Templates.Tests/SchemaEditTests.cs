using ExecPlan.Schema.Generated;

namespace ExecPlan.Templates.Tests;

/// <summary>The templates have no copy of their own: edit a section's template body in the schema, pack, and the scaffolded plan changes.</summary>
public sealed class SchemaEditTests
{
    private const string EditedBody = "<Who gains what once this ships, in the words of the schema-edit test.>";

    private static readonly string[] RootFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];

    private static readonly string[] Folders = ["schema", "src/ExecPlan", "src/ExecPlan.SchemaGenerator", "src/ExecPlan.Templates"];

    [Fact]
    public void Editing_a_template_body_in_the_schema_changes_the_scaffolded_plan()
    {
        using var repo = new TempFolder();
        CopyRepository(repo.Path);
        var schema = Path.Combine(repo.Path, "schema", "execplan.schema.yaml");
        var original = Sections.PurposeBigPicture.Template;
        var yaml = File.ReadAllText(schema);
        Assert.Contains(original, yaml, StringComparison.Ordinal);
        File.WriteAllText(schema, yaml.Replace(original, EditedBody, StringComparison.Ordinal));

        using var hive = new TemplateHive(repo.Path, []);
        using var plan = Scaffold.Create(hive, ["execplan", "-n", "edited"]);
        Assert.True(plan.Result.ExitCode == 0, plan.Result.ToString());
        var text = File.ReadAllText(plan.PlanPath);
        Assert.Contains("## " + Sections.PurposeBigPicture.Title + "\n\n" + EditedBody + "\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(original, text, StringComparison.Ordinal);

        using var policy = Scaffold.Create(hive, ["execplan-policy"]);
        Assert.Contains(EditedBody, policy.Read("docs/EXEC_PLAN.md"), StringComparison.Ordinal);
    }

    private static void CopyRepository(string target)
    {
        foreach (var file in RootFiles)
        {
            File.Copy(Path.Combine(BuildInfo.RepoRoot, file), Path.Combine(target, file));
        }

        foreach (var folder in Folders)
        {
            CopyFolder(Path.Combine(BuildInfo.RepoRoot, folder), Path.Combine(target, folder));
        }
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(source).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
